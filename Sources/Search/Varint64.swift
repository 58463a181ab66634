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

/// A sorted list of record numbers as text: each number as the difference to the one before
/// (the first as itself), in `Varint64`. Repeats are allowed (difference 0).
public enum Postings {
    public static func encode(_ sorted: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(sorted.count * 2)
        append(sorted, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ sorted: [Int], to out: inout [UInt8]) {
        var previous = 0
        for number in sorted {
            Varint64.append(number - previous, to: &out)
            previous = number
        }
    }

    public static func decode(_ text: String) -> [Int]? {
        guard var numbers = Varint64.decode(text.utf8) else { return nil }
        for index in numbers.indices.dropFirst() { numbers[index] += numbers[index - 1] }
        return numbers
    }
}

/// The records of a facet value, as whichever is shorter: `p` + `Postings`, or `m` + a bitmap over
/// a range of records (`Varint64` start, `Varint64` length, then 6 records per character, lowest
/// bit first). Values that most applicaties have (Closed source, SaaS) are bitmaps.
public enum RecordSet {
    public static func encode(_ sorted: [Int]) -> String {
        guard let first = sorted.first, let last = sorted.last else { return "p" }
        var postings: [UInt8] = [UInt8(ascii: "p")]
        Postings.append(sorted, to: &postings)
        let length = last - first + 1
        guard (length + 5) / 6 + 4 < postings.count else { return String(decoding: postings, as: UTF8.self) }
        var bitmap: [UInt8] = [UInt8(ascii: "m")]
        Varint64.append(first, to: &bitmap)
        Varint64.append(length, to: &bitmap)
        var words = [Int](repeating: 0, count: (length + 5) / 6)
        for number in sorted { words[(number - first) / 6] |= 1 << ((number - first) % 6) }
        bitmap += words.map(Varint64.digit)
        return String(decoding: bitmap, as: UTF8.self)
    }

    public static func decode(_ text: String) -> [Int]? {
        let bytes = Array(text.utf8)
        guard let kind = bytes.first else { return nil }
        if kind == UInt8(ascii: "p") { return Postings.decode(String(decoding: bytes.dropFirst(), as: UTF8.self)) }
        guard kind == UInt8(ascii: "m") else { return nil }
        // Start and length are the first two numbers; every character after them is one word.
        var position = 1
        guard let first = Varint64.read(bytes, at: &position), let length = Varint64.read(bytes, at: &position) else { return nil }
        var result: [Int] = []
        for (index, byte) in bytes[position...].enumerated() {
            guard byte < 128, case let word = Int(Varint64.values[Int(byte)]), word >= 0 else { return nil }
            for bit in 0..<6 where word & (1 << bit) != 0 {
                let offset = index * 6 + bit
                if offset < length { result.append(first + offset) }
            }
        }
        return result
    }
}
