/// Checks a whole document once before tokenizing, so that every later String can be made without
/// repair and the tokenizer can treat bytes ≥ 0x80 as opaque name or text bytes.
enum UTF8Validation {
    /// The offset of the first byte that is not valid UTF-8 or is a control character XML forbids
    /// (anything below U+0020 except tab, newline and carriage return), or nil.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, problem: XMLProblem)? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < count {
            // Fast path: eight ASCII bytes at a time, none of them a control character.
            if i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & highBits
                if word & highBits == 0 && belowSpace == 0 {
                    i += 8
                    continue
                }
            }
            let byte = base[i]
            if byte < 0x80 {
                if byte < 0x20 && byte != ASCII.tab && byte != ASCII.newline && byte != ASCII.carriageReturn {
                    return (i, .forbiddenControlCharacter(byte))
                }
                i += 1
                continue
            }
            guard let length = sequenceLength(base, at: i, count: count) else { return (i, .invalidUTF8) }
            i += length
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence at `i` (RFC 3629: no overlong forms,
    /// no surrogates, nothing above U+10FFFF), or nil.
    private static func sequenceLength(_ p: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int? {
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < count && p[i + k] >= low && p[i + k] <= high
        }
        switch p[i] {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : nil
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : nil
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }
}
