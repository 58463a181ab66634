extension Parser {
    /// Moves past `word` (true, false or null), which starts at `index`.
    mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        let length = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
        for offset in 0..<length {
            guard start + offset < end else { throw error(at: end, JSONMessages.endInLiteral("\(word)")) }
            guard bytes[start + offset] == expected[offset] else { throw unknownWord(at: start) }
        }
        index += length
        if index < end && Self.isWordByte(bytes[index]) { throw unknownWord(at: start) }
    }

    /// The error for a byte that cannot start a value, naming the likely mistake.
    func unexpectedValueStart() -> JSONSyntaxError {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "'"): return error(at: index, JSONMessages.singleQuotes)
        case Byte.slash: return error(at: index, JSONMessages.comment)
        case Byte.plus: return error(at: index, JSONMessages.leadingPlus)
        case Byte.dot: return error(at: index, JSONMessages.leadingDot)
        case _ where Self.isWordByte(byte): return unknownWord(at: index)
        case _ where Self.isCurlyQuote(at: index, in: bytes): return error(at: index, JSONMessages.curlyQuotes)
        case _ where byte >= 0x80 && Self.scalar(at: index, in: bytes) == nil: return error(at: index, JSONMessages.invalidUTF8)
        default: return error(at: index, JSONMessages.expectedValue(found: describe(at: index)))
        }
    }

    /// The error for a member that does not start with a quoted key.
    func unexpectedKeyStart() -> JSONSyntaxError {
        let byte = bytes[index]
        if byte == UInt8(ascii: "'") { return error(at: index, JSONMessages.singleQuotes) }
        if byte == Byte.slash { return error(at: index, JSONMessages.comment) }
        if Self.isCurlyQuote(at: index, in: bytes) { return error(at: index, JSONMessages.curlyQuotes) }
        return error(at: index, JSONMessages.expectedKey)
    }

    /// `'x'` for a visible character, a description for the invisible ones, for use inside messages.
    func describe(at offset: Int) -> String {
        switch bytes[offset] {
        case Byte.lineFeed, Byte.carriageReturn: return "een regeleinde"
        case 0..<0x20, 0x7F: return "een onzichtbaar stuurteken"
        case 0x80...:
            guard let scalar = Self.scalar(at: offset, in: bytes) else { return "een ongeldige UTF-8-reeks" }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format {
                return "een onzichtbaar teken (U+\(String(scalar.value, radix: 16, uppercase: true)))"
            }
            return "'\(Character(scalar))'"
        default: return "'\(Character(UnicodeScalar(bytes[offset])))'"
        }
    }

    func unknownWord(at start: Int) -> JSONSyntaxError {
        let word = word(at: start)
        if Self.isNotANumberWord(word) { return error(at: start, JSONMessages.notANumberLiteral(word)) }
        switch word.lowercased() {
        case "true", "false", "null": return error(at: start, JSONMessages.capitalizedLiteral(word))
        default: return error(at: start, JSONMessages.unknownWord(word))
        }
    }

    /// The run of letters, digits and underscores at `start` (at most 40), to quote in a message.
    func word(at start: Int) -> String {
        var stop = start
        while stop < end && stop - start < 40 && Self.isWordByte(bytes[stop]) { stop += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
    }

    /// NaN and Infinity, which JavaScript and Python write but JSON does not know.
    static func isNotANumberWord(_ word: String) -> Bool {
        ["nan", "infinity", "inf"].contains(word.lowercased())
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             Byte.zero...Byte.nine, UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    /// “ ” ‘ ’ and „, which word processors put where straight quotes belong.
    private static func isCurlyQuote(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let scalar = scalar(at: offset, in: bytes) else { return false }
        return [0x201C, 0x201D, 0x2018, 0x2019, 0x201E].contains(scalar.value)
    }

    /// The scalar whose UTF-8 starts at `offset`, or nil when the bytes there are not UTF-8.
    private static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let stop = min(bytes.count, offset + 4)
        var iterator = bytes[offset..<stop].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
