/// Reads JSON text into `JSONNode`s that remember where each value stands.
public enum JSONReader {
    /// Parses one JSON document from UTF-8 bytes, strictly by RFC 8259, in a single pass.
    ///
    /// A leading byte order mark is skipped. The first problem found stops the parse, because after a
    /// syntax error the positions of everything that follows are guesswork.
    public static func parse(_ bytes: [UInt8], limits: JSONLimits = .standard) throws(JSONSyntaxError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(buffer, limits: limits)
            return Result { () throws(JSONSyntaxError) in try parser.parseDocument() }
        }
        return try result.get()
    }
}

/// The recursive-descent parser over one buffer. It recurses once per nesting level, which the depth
/// limit bounds; strings, numbers and whitespace are scanned in loops.
struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let maxStringBytes: Int
    let maxDepth: Int
    var index: Int
    var depth = 0
    var cursor: Cursor

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
        self.bytes = bytes
        self.end = bytes.count
        self.maxStringBytes = max(0, limits.maxStringBytes)
        self.maxDepth = min(max(0, limits.maxDepth), JSONLimits.depthCeiling)
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.index = hasBOM ? 3 : 0
        self.cursor = Cursor(lineStart: index)
    }

    /// A parser for `bytes[start..<end]`, one element of a larger document, whose first byte stands
    /// where `cursor` says and which sits `depth` containers deep.
    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits, start: Int, end: Int, cursor: Cursor, depth: Int) {
        self.bytes = bytes
        self.end = end
        self.maxStringBytes = max(0, limits.maxStringBytes)
        self.maxDepth = min(max(0, limits.maxDepth), JSONLimits.depthCeiling)
        self.index = start
        self.cursor = cursor
        self.depth = depth
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        guard index < end else { throw error(at: index, JSONMessages.emptyFile) }
        let node = try parseValue()
        skipWhitespace()
        guard index == end else {
            throw error(at: index, bytes[index] == Byte.slash ? JSONMessages.comment : JSONMessages.trailingContent)
        }
        return node
    }

    /// Parses the value at `index`, which is not whitespace.
    mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < end else { throw error(at: index, JSONMessages.endBeforeValue) }
        let (line, column) = cursor.position(of: index)
        let value: JSONNodeValue
        switch bytes[index] {
        case Byte.quote: value = .string(try parseString())
        case Byte.openBrace: value = try parseObject(line: line, column: column)
        case Byte.openBracket: value = try parseArray(line: line, column: column)
        case Byte.minus, Byte.zero...Byte.nine: value = .number(try parseNumber())
        case UInt8(ascii: "t"): try expectLiteral("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); value = .null
        default: throw unexpectedValueStart()
        }
        return JSONNode(value: value, line: line, column: column)
    }

    mutating func parseArray(line: Int, column: Int) throws(JSONSyntaxError) -> JSONNodeValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < end && bytes[index] == Byte.closeBracket {
            index += 1
            return .array([])
        }
        var elements: [JSONNode] = []
        while true {
            guard index < end else { throw error(at: index, JSONMessages.endInArray(line: line, column: column)) }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < end else { throw error(at: index, JSONMessages.endInArray(line: line, column: column)) }
            switch bytes[index] {
            case Byte.comma:
                let comma = cursor.position(of: index)
                index += 1
                skipWhitespace()
                if index < end && bytes[index] == Byte.closeBracket {
                    throw JSONSyntaxError(line: comma.line, column: comma.column, message: JSONMessages.trailingCommaInArray)
                }
            case Byte.closeBracket:
                index += 1
                return .array(elements)
            default:
                throw error(at: index, JSONMessages.expectedCommaOrBracket)
            }
        }
    }

    mutating func parseObject(line: Int, column: Int) throws(JSONSyntaxError) -> JSONNodeValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < end && bytes[index] == Byte.closeBrace {
            index += 1
            return .object([])
        }
        var members: [JSONMember] = []
        while true {
            guard index < end else { throw error(at: index, JSONMessages.endInObject(line: line, column: column)) }
            guard bytes[index] == Byte.quote else { throw unexpectedKeyStart() }
            let (keyLine, keyColumn) = cursor.position(of: index)
            let key = try parseString()
            skipWhitespace()
            guard index < end else { throw error(at: index, JSONMessages.endBeforeColon) }
            guard bytes[index] == Byte.colon else { throw error(at: index, JSONMessages.expectedColon) }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            skipWhitespace()
            guard index < end else { throw error(at: index, JSONMessages.endInObject(line: line, column: column)) }
            switch bytes[index] {
            case Byte.comma:
                let comma = cursor.position(of: index)
                index += 1
                skipWhitespace()
                if index < end && bytes[index] == Byte.closeBrace {
                    throw JSONSyntaxError(line: comma.line, column: comma.column, message: JSONMessages.trailingCommaInObject)
                }
            case Byte.closeBrace:
                index += 1
                return .object(members)
            default:
                throw error(at: index, JSONMessages.expectedCommaOrBrace)
            }
        }
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        guard depth < maxDepth else { throw error(at: index, JSONMessages.tooDeep(maxDepth)) }
        depth += 1
    }

    /// Skips the four whitespace characters of RFC 8259, counting lines at each line feed.
    mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case Byte.space, Byte.tab, Byte.carriageReturn:
                index += 1
            case Byte.lineFeed:
                index += 1
                cursor.newLine(at: index)
            default:
                return
            }
        }
    }

    /// An error at `offset`, which lies on the current line outside any string.
    func error(at offset: Int, _ message: String) -> JSONSyntaxError {
        let (line, column) = cursor.position(of: offset)
        return JSONSyntaxError(line: line, column: column, message: message)
    }
}
