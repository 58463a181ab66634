extension XMLTokenizer {
    /// Checks the `&…;` reference at `start` and returns the offset after its `;`. Checking here,
    /// not when decoding, means a bad reference is reported even in text the reader skips.
    func endOfReference(at start: Int) throws(XMLError) -> Int {
        let count = bytes.count
        var i = start + 1
        if i < count && bytes[i] == ASCII.hash {
            i += 1
            let isHex = i < count && bytes[i] == ASCII.lowercaseX
            if isHex { i += 1 }
            let digitsStart = i
            var scalar: UInt32 = 0
            while i < count, let digit = Self.digitValue(bytes[i], hex: isHex) {
                scalar = min(scalar * (isHex ? 16 : 10) + digit, 0x11_0000)
                i += 1
            }
            guard i > digitsStart, i < count, bytes[i] == ASCII.semicolon else {
                throw XMLError(offset: start, problem: .invalidCharacterReference(referenceText(from: start, to: i)))
            }
            guard Self.isXMLCharacter(scalar) else {
                throw XMLError(offset: start, problem: .invalidCharacterReference(referenceText(from: start, to: i + 1)))
            }
            return i + 1
        }
        guard i < count, ASCII.isNameStart(bytes[i]) else { throw XMLError(offset: start, problem: .bareAmpersand) }
        while i < count, ASCII.isNameByte(bytes[i]) { i += 1 }
        guard i < count, bytes[i] == ASCII.semicolon else { throw XMLError(offset: start, problem: .bareAmpersand) }
        guard Self.predefinedEntity(bytes, start + 1..<i) != nil else {
            throw XMLError(offset: start, problem: .unknownEntity(string(start + 1..<i)))
        }
        return i + 1
    }

    /// The text of a range with references replaced and line ends normalised (`\r\n` and `\r` become
    /// `\n`); in attribute values tab, newline and carriage return become a space, as XML requires.
    /// The range was checked by the scanner, so decoding cannot fail.
    func decode(_ range: Range<Int>, inAttribute: Bool, isCDATA: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let byte = bytes[i]
            switch byte {
            case ASCII.ampersand where !isCDATA:
                let referenceEnd = (try? endOfReference(at: i)) ?? i + 1
                appendReference(i + 1..<referenceEnd - 1, to: &output)
                i = referenceEnd
                continue
            case ASCII.carriageReturn:
                if i + 1 < end && bytes[i + 1] == ASCII.newline { i += 1 }
                output.append(inAttribute ? ASCII.space : ASCII.newline)
            case ASCII.newline where inAttribute, ASCII.tab where inAttribute:
                output.append(ASCII.space)
            default:
                output.append(byte)
            }
            i += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the character a reference body (`amp`, `#233`, `#xE9`) stands for.
    private func appendReference(_ body: Range<Int>, to output: inout [UInt8]) {
        if let byte = Self.predefinedEntity(bytes, body) {
            output.append(byte)
            return
        }
        var scalar: UInt32 = 0
        let isHex = body.count > 1 && bytes[body.lowerBound + 1] == ASCII.lowercaseX
        for k in body.dropFirst(isHex ? 2 : 1) {
            scalar = scalar * (isHex ? 16 : 10) + (Self.digitValue(bytes[k], hex: isHex) ?? 0)
        }
        output.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
    }

    /// The byte `lt`, `gt`, `amp`, `apos` or `quot` stands for.
    private static func predefinedEntity(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> UInt8? {
        var key: UInt32 = 0
        guard name.count <= 4 else { return nil }
        for i in name { key = key << 8 | UInt32(bytes[i]) }
        switch key {
        case 0x6C74: return ASCII.lessThan           // lt
        case 0x6774: return ASCII.greaterThan        // gt
        case 0x616D70: return ASCII.ampersand        // amp
        case 0x61706F73: return ASCII.singleQuote    // apos
        case 0x71756F74: return ASCII.doubleQuote    // quot
        default: return nil
        }
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }

    /// XML 1.0 `Char`: what a character reference may produce.
    private static func isXMLCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: return true
        default: return false
        }
    }

    private func referenceText(from start: Int, to end: Int) -> String {
        string(start..<min(end, start + 16, bytes.count))
    }
}
