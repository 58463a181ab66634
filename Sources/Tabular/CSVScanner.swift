/// The state machine behind `CSVReader`, over bytes already known to be valid UTF-8. Separators,
/// quotes and line ends are ASCII, so the scan works on bytes and only cells become strings.
struct CSVScanner {
    /// A row as scanned, with the position where it ends (for "a field is missing here").
    struct Row {
        var record: CSVRecord
        var end: (line: Int, column: Int)
    }

    private let bytes: [UInt8]
    private let separator: UInt8
    private var index: Int
    private var positions: CSVPositions
    private(set) var problems: [CSVProblem] = []

    init(_ bytes: [UInt8], start: Int, separator: UInt8) {
        self.bytes = bytes
        self.separator = separator
        self.index = start
        self.positions = CSVPositions(bytes, start: start)
    }

    /// Every row that is not blank, or nil when a quoted field never ends.
    mutating func rows() -> [Row]? {
        var rows: [Row] = []
        while index < bytes.count {
            guard let row = readRow() else { return nil }
            let blank = row.record.cells.count == 1 && row.record.cells[0].text.isEmpty && !quotedLast
            if !blank { rows.append(row) }
        }
        return rows
    }

    /// Whether the last field read was quoted: `""` alone on a line is an empty cell, not a blank line.
    private var quotedLast = false

    private mutating func readRow() -> Row? {
        var cells: [CSVCell] = []
        while true {
            let (line, column) = positions.position(of: index)
            quotedLast = index < bytes.count && bytes[index] == Self.quote
            guard let text = quotedLast ? readQuoted(line: line, column: column) : readUnquoted() else { return nil }
            cells.append(CSVCell(text, line: line, column: column))
            if index < bytes.count && bytes[index] == separator {
                index += 1
                continue
            }
            let end = positions.position(of: index)
            skipLineEnd()
            return Row(record: CSVRecord(cells: cells, line: cells[0].line), end: end)
        }
    }

    private mutating func readUnquoted() -> String? {
        let start = index
        while index < bytes.count, bytes[index] != separator, bytes[index] != Self.lineFeed, bytes[index] != Self.carriageReturn {
            if bytes[index] == Self.quote { report(at: index, CSVMessages.quoteInUnquotedField) }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The field whose opening quote is at `index`; nil when the file ends before it is closed.
    private mutating func readQuoted(line: Int, column: Int) -> String? {
        var text: [UInt8] = []
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
                    text.append(Self.quote)
                    index += 2
                    continue
                }
                index += 1
                skipTextAfterClosingQuote(into: &text)
                return String(decoding: text, as: UTF8.self)
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                // Line breaks inside a cell become "\n", whatever the file uses between rows.
                text.append(Self.lineFeed)
                skipLineEnd()
                continue
            }
            text.append(byte)
            index += 1
        }
        problems.append(CSVProblem(line: line, column: column, message: CSVMessages.unclosedQuote))
        return nil
    }

    /// `"abc"def;` is reported at `d`; the rest is kept so that reading can go on to the next field.
    private mutating func skipTextAfterClosingQuote(into text: inout [UInt8]) {
        guard index < bytes.count, bytes[index] != separator, bytes[index] != Self.lineFeed, bytes[index] != Self.carriageReturn else { return }
        report(at: index, CSVMessages.textAfterClosingQuote(separator))
        while index < bytes.count, bytes[index] != separator, bytes[index] != Self.lineFeed, bytes[index] != Self.carriageReturn {
            text.append(bytes[index])
            index += 1
        }
    }

    /// Steps over CRLF, LF or a lone CR (old Mac files) and starts a new line.
    private mutating func skipLineEnd() {
        guard index < bytes.count else { return }
        if bytes[index] == Self.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed { index += 1 }
        index += 1
        positions.newLine(at: index)
    }

    private mutating func report(at offset: Int, _ message: String) {
        let (line, column) = positions.position(of: offset)
        problems.append(CSVProblem(line: line, column: column, message: message))
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
}
