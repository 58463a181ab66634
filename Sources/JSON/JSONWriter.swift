/// Writes JSON that reads well in a diff: the same value always gives the same text.
public enum JSONWriter {
    /// Stable, diff-friendly formatting: 2-space indent, one member per line, keys in the given order,
    /// arrays of scalars one element per line too, "\n" line ends, a final newline, non-ASCII written as UTF-8
    /// (not \u escapes), only required escapes (", \\, control chars as \n \t \r or \u00XX; also U+2028/2029,
    /// which break JavaScript that embeds the text). Empty arrays and objects are written `[]` and `{}`.
    ///
    /// A `.number` must hold a JSON number literal; it is written as is.
    public static func format(_ json: JSON) -> String {
        var output: [UInt8] = []
        write(json, indent: 0, into: &output)
        output.append(Byte.lineFeed)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ json: JSON, indent: Int, into output: inout [UInt8]) {
        switch json {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let literal):
            assert((try? JSONReader.parse(Array(literal.utf8)))?.plain == .number(literal), "not a JSON number: \(literal)")
            output.append(contentsOf: literal.utf8)
        case .string(let text): appendString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(Byte.openBracket)
            for (position, element) in elements.enumerated() {
                startItem(position, indent: indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
            }
            newLine(indent: indent, into: &output)
            output.append(Byte.closeBracket)
        case .object(let fields):
            guard !fields.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(Byte.openBrace)
            for (position, field) in fields.enumerated() {
                startItem(position, indent: indent + 1, into: &output)
                appendString(field.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                write(field.value, indent: indent + 1, into: &output)
            }
            newLine(indent: indent, into: &output)
            output.append(Byte.closeBrace)
        }
    }

    /// The comma after the previous element, then the new element's own line.
    private static func startItem(_ position: Int, indent: Int, into output: inout [UInt8]) {
        if position > 0 { output.append(Byte.comma) }
        newLine(indent: indent, into: &output)
    }

    private static func newLine(indent: Int, into output: inout [UInt8]) {
        output.append(Byte.lineFeed)
        output.append(contentsOf: repeatElement(Byte.space, count: 2 * indent))
    }

    /// `text` as a JSON string, quotes included: only the escapes JSON requires, plus U+2028 and
    /// U+2029, which older JavaScript parsers refuse; other non-ASCII stays UTF-8. The one string
    /// writer of every JSON file swc writes (the search index, the comparison data, `urls.json`).
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(Byte.quote)
        var text = text
        text.withUTF8 { utf8 in
            // Nearly every text needs no escape: then it goes in whole.
            guard utf8.contains(where: { $0 < 0x20 || $0 == Byte.quote || $0 == Byte.backslash || $0 == 0xE2 }) else {
                output.append(contentsOf: utf8)
                return
            }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case Byte.quote, Byte.backslash: output.append(contentsOf: [Byte.backslash, byte])
                case Byte.lineFeed: output.append(contentsOf: #"\n"#.utf8)
                case Byte.tab: output.append(contentsOf: #"\t"#.utf8)
                case Byte.carriageReturn: output.append(contentsOf: #"\r"#.utf8)
                case 0..<0x20: output.append(contentsOf: unicodeEscape(UInt16(byte)).utf8)
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] | 1) == 0xA9:
                    // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR
                    output.append(contentsOf: unicodeEscape(0x2000 + UInt16(utf8[index + 2]) - 0x80).utf8)
                    index += 2
                default: output.append(byte)
                }
                index += 1
            }
        }
        output.append(Byte.quote)
    }

    /// `\u001f`, `\u2028`: four lowercase hex digits.
    private static func unicodeEscape(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
