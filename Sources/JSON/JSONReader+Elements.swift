/// Where one element of a top-level array stands, found by a quick scan before any parsing.
public struct JSONElement: Sendable {
    let start: Int
    let end: Int
    let line: Int
    let lineStart: Int
    let extraBytes: Int
}

extension JSONReader {
    /// Splits a document that is one array into its elements without parsing them, so that large
    /// data files can be parsed on all cores, each element on its own. Nil when the document is not
    /// a plain array or the scan meets anything unusual: then `parse` the whole document, which
    /// reports the exact problem. Every element must still be parsed with `parseElement`.
    public static func arrayElements(_ bytes: [UInt8]) -> [JSONElement]? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = ElementScanner(buffer)
            return scanner.scan()
        }
    }

    /// Parses one element found by `arrayElements`, with the same positions and rules as `parse`.
    public static func parseElement(_ bytes: [UInt8], _ element: JSONElement, limits: JSONLimits = .standard) throws(JSONSyntaxError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(lineStart: element.lineStart)
            cursor.line = element.line
            cursor.extraBytes = element.extraBytes
            var parser = Parser(buffer, limits: limits, start: element.start, end: element.end, cursor: cursor, depth: 1)
            return Result { () throws(JSONSyntaxError) in
                let node = try parser.parseValue()
                parser.skipWhitespace()
                guard parser.index == parser.end else { throw parser.error(at: parser.index, JSONMessages.trailingContent) }
                return node
            }
        }
        return try result.get()
    }
}

/// Finds the elements of a top-level array by tracking nesting and strings only.
private struct ElementScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3; lineStart = 3 }
    }

    mutating func scan() -> [JSONElement]? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == Byte.openBracket else { return nil }
        index += 1
        skipWhitespace()
        var elements: [JSONElement] = []
        if index < bytes.count && bytes[index] == Byte.closeBracket {
            index += 1
            return finish(elements)
        }
        while index < bytes.count {
            let start = index, startLine = line, startLineStart = lineStart
            guard skipValue() else { return nil }
            let end = index
            skipWhitespace()
            guard index < bytes.count else { return nil }
            elements.append(JSONElement(start: start, end: end, line: startLine, lineStart: startLineStart, extraBytes: extraBytes(startLineStart, start)))
            if bytes[index] == Byte.comma {
                index += 1
                skipWhitespace()
            } else if bytes[index] == Byte.closeBracket {
                index += 1
                return finish(elements)
            } else {
                return nil
            }
        }
        return nil
    }

    private mutating func finish(_ elements: [JSONElement]) -> [JSONElement]? {
        skipWhitespace()
        return index == bytes.count ? elements : nil
    }

    /// Moves past one value: a string, a container up to its matching close, or a scalar up to a delimiter.
    /// Mismatched brackets pass here; parsing the element then finds them.
    private mutating func skipValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case Byte.quote:
            return skipString()
        case Byte.openBrace, Byte.openBracket:
            return skipContainer()
        default:
            let start = index
            while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
            return index > start
        }
    }

    private mutating func skipContainer() -> Bool {
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case Byte.quote:
                guard skipString() else { return false }
                continue
            case Byte.openBrace, Byte.openBracket:
                depth += 1
            case Byte.closeBrace, Byte.closeBracket:
                depth -= 1
                if depth == 0 {
                    index += 1
                    return true
                }
            case Byte.lineFeed:
                line += 1
                lineStart = index + 1
            default:
                break
            }
            index += 1
        }
        return false
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == Byte.comma || byte == Byte.closeBracket || byte == Byte.closeBrace || byte == Byte.space
            || byte == Byte.tab || byte == Byte.carriageReturn || byte == Byte.lineFeed
    }

    /// Moves past a string; raw line feeds are left for the parser to refuse.
    private mutating func skipString() -> Bool {
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case Byte.backslash: index += 2
            case Byte.quote:
                index += 1
                return true
            case Byte.lineFeed: return false
            default: index += 1
            }
        }
        return false
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case Byte.space, Byte.tab, Byte.carriageReturn: index += 1
            case Byte.lineFeed:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    /// Bytes minus characters between the line start and `offset`, as the parser's cursor keeps it.
    private func extraBytes(_ lineStart: Int, _ offset: Int) -> Int {
        let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<offset])
        guard prefix.contains(where: { $0 >= 0x80 }) else { return 0 }
        return prefix.count - String(decoding: prefix, as: UTF8.self).count
    }
}
