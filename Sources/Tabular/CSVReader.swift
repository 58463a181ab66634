/// Reads CSV as Dutch-locale Excel and the old softwarecatalogus.nl export write it: RFC 4180 with
/// `;` between fields (or another separator), an optional UTF-8 byte order mark, CRLF, LF or CR
/// line ends, and quoted fields that hold separators, doubled quotes and line breaks.
///
/// The reader is strict where a lenient one would guess: bytes that are not UTF-8 (a file saved as
/// Latin-1 or Windows-1252), a quote that is never closed, a quote in the middle of an unquoted
/// field, text after a closing quote and rows with more or fewer fields than the header are all
/// problems, each with its line and column. A quote that is never closed swallows the rest of the
/// file, so it ends the reading; every other problem is collected and reading goes on.
public enum CSVReader {
    /// The document in `bytes`, or nil and every problem found, sorted by position. Blank lines
    /// (no characters at all) are skipped; the first other row is the header.
    public static func read(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ";")) -> (CSVDocument?, [CSVProblem]) {
        let start = CSV.byteOrderMark.elementsEqual(bytes.prefix(3)) ? 3 : 0
        if let offset = UTF8Check.firstInvalidByte(in: bytes, from: start) {
            let (line, column) = CSVPositions.locate(offset, in: bytes, from: start)
            return (nil, [CSVProblem(line: line, column: column, message: CSVMessages.notUTF8(bytes[offset]))])
        }
        var scanner = CSVScanner(bytes, start: start, separator: separator)
        let rows = scanner.rows()
        var problems = scanner.problems
        guard let rows else { return (nil, problems) }
        guard let header = rows.first else {
            return (nil, [CSVProblem(line: 1, column: 1, message: CSVMessages.emptyFile)])
        }
        for row in rows.dropFirst() where row.record.cells.count != header.record.cells.count {
            let found = row.record.cells.count, expected = header.record.cells.count
            // Too many: the first field beyond the header. Too few: where the row ends.
            let (line, column) = found > expected
                ? (row.record.cells[expected].line, row.record.cells[expected].column) : row.end
            problems.append(CSVProblem(line: line, column: column, message: CSVMessages.wrongFieldCount(found, expected: expected, separator: separator)))
        }
        guard problems.isEmpty else {
            return (nil, problems.sorted { ($0.line, $0.column, $0.message) < ($1.line, $1.column, $1.message) })
        }
        return (CSVDocument(header: header.record, records: rows.dropFirst().map(\.record)), [])
    }
}
