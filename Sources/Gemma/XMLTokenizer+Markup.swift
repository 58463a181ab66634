extension XMLTokenizer {
    /// `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE …>`; returns the CDATA section as text, nil otherwise.
    mutating func scanMarkupDeclaration() throws(XMLError) -> XMLText? {
        let start = position
        if hasPrefix("<!--", at: start) {
            try skipComment()
            return nil
        }
        if hasPrefix("<![CDATA[", at: start) {
            guard !openElements.isEmpty else { throw XMLError(offset: start, problem: .textOutsideRootElement) }
            return try scanCDATA()
        }
        if hasPrefix("<!DOCTYPE", at: start), !rootSeen {
            try skipDoctype()
            return nil
        }
        throw XMLError(offset: start, problem: .unexpectedCharacter("<!"))
    }

    private mutating func skipComment() throws(XMLError) {
        let start = position
        var i = start + 4
        let count = bytes.count
        while i + 1 < count {
            if bytes[i] == ASCII.hyphen && bytes[i + 1] == ASCII.hyphen {
                guard i + 2 < count else { break }
                guard bytes[i + 2] == ASCII.greaterThan else {
                    throw XMLError(offset: i, problem: .doubleHyphenInComment)
                }
                position = i + 3
                return
            }
            i += 1
        }
        throw XMLError(offset: start, problem: .unclosedComment)
    }

    private mutating func scanCDATA() throws(XMLError) -> XMLText {
        let start = position
        let contentStart = start + 9
        var i = contentStart
        var needsDecoding = false
        let count = bytes.count
        while i + 2 < count {
            let byte = bytes[i]
            if byte == ASCII.rightBracket && bytes[i + 1] == ASCII.rightBracket && bytes[i + 2] == ASCII.greaterThan {
                position = i + 3
                return XMLText(range: contentStart..<i, needsDecoding: needsDecoding, isCDATA: true)
            }
            if byte == ASCII.carriageReturn { needsDecoding = true }
            i += 1
        }
        throw XMLError(offset: start, problem: .unclosedCDATA)
    }

    /// Skips a DOCTYPE with its internal subset; entities declared there are not supported and
    /// show up as unknown entities when used.
    private mutating func skipDoctype() throws(XMLError) {
        var i = position + 9
        var bracketDepth = 0
        var quote: UInt8? = nil
        while i < bytes.count {
            let byte = bytes[i]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == ASCII.doubleQuote || byte == ASCII.singleQuote {
                quote = byte
            } else if byte == ASCII.leftBracket {
                bracketDepth += 1
            } else if byte == ASCII.rightBracket {
                bracketDepth -= 1
            } else if byte == ASCII.greaterThan && bracketDepth <= 0 {
                position = i + 1
                return
            }
            i += 1
        }
        throw XMLError(offset: bytes.count, problem: .unexpectedEnd(element: nil, openedAt: nil))
    }

    /// `<?target …?>`. The XML declaration may only open the file and must declare UTF-8 if it
    /// declares an encoding at all.
    mutating func skipProcessingInstruction() throws(XMLError) {
        let start = position
        var i = start + 2
        let count = bytes.count
        while i + 1 < count, !(bytes[i] == ASCII.question && bytes[i + 1] == ASCII.greaterThan) {
            i += 1
        }
        guard i + 1 < count else { throw XMLError(offset: start, problem: .unclosedProcessingInstruction) }
        let end = i + 2
        if isXMLDeclaration(at: start) {
            let documentStart = hasPrefix("\u{FEFF}", at: 0) ? 3 : 0
            guard start == documentStart else { throw XMLError(offset: start, problem: .misplacedXMLDeclaration) }
            if let encoding = declaredEncoding(in: start..<end), !Self.isUTF8(encoding) {
                throw XMLError(offset: start, problem: .unsupportedEncoding(encoding))
            }
        }
        position = end
    }

    private func isXMLDeclaration(at start: Int) -> Bool {
        guard start + 5 < bytes.count else { return false }
        let target = (bytes[start + 2] | 0x20, bytes[start + 3] | 0x20, bytes[start + 4] | 0x20)
        return target == (0x78, 0x6D, 0x6C) && ASCII.isWhitespace(bytes[start + 5])
    }

    /// The value of `encoding="…"` in the declaration, if any.
    private func declaredEncoding(in declaration: Range<Int>) -> String? {
        var i = declaration.lowerBound
        while i < declaration.upperBound, !hasPrefix("encoding", at: i) { i += 1 }
        guard i < declaration.upperBound else { return nil }
        i = skipWhitespace(from: i + 8)
        guard i < declaration.upperBound, bytes[i] == ASCII.equals else { return nil }
        i = skipWhitespace(from: i + 1)
        guard i < declaration.upperBound, bytes[i] == ASCII.doubleQuote || bytes[i] == ASCII.singleQuote else { return nil }
        let quote = bytes[i]
        var end = i + 1
        while end < declaration.upperBound, bytes[end] != quote { end += 1 }
        return string(i + 1..<end)
    }

    private static func isUTF8(_ encoding: String) -> Bool {
        ["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased())
    }

    func hasPrefix(_ literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<length where bytes[offset + k] != pointer[k] { return false }
        return true
    }
}
