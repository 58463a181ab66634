/// Non-negative integers as text in the 64 URL-safe characters (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`),
/// which JSON needs no escape for: groups of 5 bits, most significant first, every group but the
/// last with 32 added. Numbers below 32 take one character, below 1024 two.
public enum Varint64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    /// Character → its value, -1 for characters outside the alphabet.
    static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(value) }
        return table
    }()

    static func append(_ value: Int, to out: inout [UInt8]) {
        precondition(value >= 0, "Varint64 holds non-negative numbers only")
        var groups = 1
        while value >> (5 * groups) > 0 { groups += 1 }
        for group in stride(from: groups - 1, through: 0, by: -1) {
            let bits = (value >> (5 * group)) & 31
            out.append(alphabet[group > 0 ? bits + 32 : bits])
        }
    }

    /// One character for a number below 64 (`Shape`, bitmap words).
    static func digit(_ value: Int) -> UInt8 {
        alphabet[value]
    }

    /// The number that starts at `position`, which moves past it; nil at the end or on a bad character.
    static func read(_ bytes: [UInt8], at position: inout Int) -> Int? {
        var value = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            guard byte < 128, case let digit = Int(values[Int(byte)]), digit >= 0 else { return nil }
            value = value << 5 | (digit & 31)
            if digit < 32 { return value }
        }
        return nil
    }

    /// The numbers in `text`; nil when it holds a character outside the alphabet or ends mid-number.
    public static func decode(_ text: some Collection<UInt8>) -> [Int]? {
        let bytes = Array(text)
        var position = 0, result: [Int] = []
        while position < bytes.count {
            guard let value = read(bytes, at: &position) else { return nil }
            result.append(value)
        }
        return result
    }
}
