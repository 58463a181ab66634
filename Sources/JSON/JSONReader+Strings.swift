extension Parser {
    /// Parses the string whose opening quote is at `index` and moves past its closing quote.
    ///
    /// Runs of plain ASCII are skipped in a tight loop that never goes past the length limit, so an
    /// oversized string fails after reading `maxStringBytes` bytes and before anything is copied. Escapes
    /// switch to a byte buffer; strings without escapes are made straight from the input.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let quote = index
        index += 1
        var segmentStart = index
        var decoded: [UInt8] = []
        var hasEscapes = false
        var continuationBytes = 0
        var mayCombine = false
        while true {
            let allowed = maxStringBytes - decoded.count - (index - segmentStart)
            let stop = allowed < end - index ? index + max(0, allowed + 1) : end
            while index < stop && Self.isPlain(bytes[index]) { index += 1 }
            if decoded.count + (index - segmentStart) > maxStringBytes {
                throw error(at: quote, JSONMessages.stringTooLong(maxStringBytes))
            }
            guard index < end else { throw endInString(quote) }
            let byte = bytes[index]
            if byte == Byte.quote { break }
            if byte == Byte.backslash {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                hasEscapes = true
                try parseEscape(into: &decoded, stringAt: quote)
                segmentStart = index
            } else if byte < 0x20 {
                throw error(at: index, inStringAt: quote, JSONMessages.controlCharacter(byte))
            } else if byte >= 0x80 {
                let length = try validateCharacter(stringAt: quote)
                continuationBytes += length - 1
                // Below U+0300 every scalar is a character of its own; from there on combining marks,
                // joiners and flags can merge scalars.
                if byte >= 0xCC { mayCombine = true }
                index += length
            }
        }
        let text: String
        if hasEscapes {
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
            text = String(decoding: decoded, as: UTF8.self)
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[quote + 1..<index]), as: UTF8.self)
        }
        index += 1
        if mayCombine {
            cursor.extraBytes += (index - quote) - characterCount(quote..<index)
        } else {
            cursor.extraBytes += continuationBytes
        }
        return text
    }

    /// Printable ASCII other than `"` and `\`: copied as is.
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte &- 0x20 < 0x60 && byte != Byte.quote && byte != Byte.backslash
    }

    /// Decodes the escape at `index` (a backslash) into `decoded` and moves past it.
    private mutating func parseEscape(into decoded: inout [UInt8], stringAt quote: Int) throws(JSONSyntaxError) {
        let backslash = index
        guard index + 1 < end else { throw endInString(quote) }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case Byte.quote, Byte.backslash, Byte.slash: decoded.append(letter)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(at: backslash, stringAt: quote)
            decoded.append(contentsOf: UTF8.encode(scalar)!)
        default:
            let shown = letter < 0x80 && letter >= 0x20 ? String(UnicodeScalar(letter)) : "…"
            throw error(at: backslash, inStringAt: quote, JSONMessages.unknownEscape(shown))
        }
    }

    /// Reads the four hex digits after `\u` (and a second `\uXXXX` for a surrogate pair).
    private mutating func parseUnicodeEscape(at backslash: Int, stringAt quote: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try hexQuad(escapeAt: backslash, stringAt: quote)
        if let scalar = Unicode.Scalar(high) { return scalar }
        let escape = "\\u" + String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash + 2..<backslash + 6]), as: UTF8.self)
        let loneSurrogate = error(at: backslash, inStringAt: quote, JSONMessages.loneSurrogate(escape))
        guard high < 0xDC00 else { throw loneSurrogate }
        guard index < end else { throw endInString(quote) }
        guard bytes[index] == Byte.backslash else { throw loneSurrogate }
        guard index + 1 < end else { throw endInString(quote) }
        guard bytes[index + 1] == UInt8(ascii: "u") else { throw loneSurrogate }
        let secondBackslash = index
        index += 2
        let low = try hexQuad(escapeAt: secondBackslash, stringAt: quote)
        guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
    }

    private mutating func hexQuad(escapeAt backslash: Int, stringAt quote: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < end else { throw endInString(quote) }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case Byte.zero...Byte.nine: digit = byte - Byte.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(at: backslash, inStringAt: quote, JSONMessages.invalidUnicodeEscape)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Checks the multi-byte UTF-8 sequence at `index` and returns its length; overlong forms, surrogates
    /// and scalars above U+10FFFF are rejected, with the error on the sequence's first byte.
    private func validateCharacter(stringAt quote: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw error(at: index, inStringAt: quote, JSONMessages.invalidUTF8)
        }
        guard index + length <= end, secondRange.contains(bytes[index + 1]) else {
            throw error(at: index, inStringAt: quote, JSONMessages.invalidUTF8)
        }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            throw error(at: index, inStringAt: quote, JSONMessages.invalidUTF8)
        }
        return length
    }

    private func endInString(_ quote: Int) -> JSONSyntaxError {
        let start = cursor.position(of: quote)
        return error(at: end, inStringAt: quote, JSONMessages.endInString(line: start.line, column: start.column))
    }
}
