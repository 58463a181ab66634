extension XMLTokenizer {
    /// The bytes of `range` as a String, without decoding.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The content of a text event as the application sees it.
    func string(of text: XMLText) -> String {
        text.needsDecoding ? decode(text.range, inAttribute: false, isCDATA: text.isCDATA) : string(text.range)
    }

    /// Whether `range` holds exactly `literal`.
    func matches(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard range.count == length else { return false }
        let pointer = literal.utf8Start
        var k = 0
        for i in range {
            if bytes[i] != pointer[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether the name in `range`, without any `prefix:`, is `localName`; ArchiMate files are
    /// written without a prefix, but a prefixed `archimate:element` means the same.
    func localName(_ range: Range<Int>, is localName: StaticString) -> Bool {
        var start = range.lowerBound
        for i in range where bytes[i] == ASCII.colon { start = i + 1 }
        return matches(start..<range.upperBound, localName)
    }

    /// Whether two ranges hold the same bytes.
    func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var j = b.lowerBound
        for i in a {
            if bytes[i] != bytes[j] { return false }
            j += 1
        }
        return true
    }

    /// The character at `offset`, for messages about an unexpected one.
    func character(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return string(offset..<min(end, bytes.count))
    }
}
