/// CSV for Dutch-locale Excel and LibreOffice.
///
/// - UTF-8 with a byte order mark: without it Excel reads the file as Windows-1252 and `é`
///   becomes `Ã©`.
/// - `;` between fields: Excel in a Dutch locale takes `,` as the decimal separator and splits on
///   `;`; LibreOffice's import dialog offers `;` as well.
/// - RFC 4180 quoting and CRLF after every row, the last one included.
/// - Formula injection neutralised in every cell, header included (see `CSV.field`).
public enum CSV {
    /// The whole file: BOM, header row, data rows.
    public static func encode(_ table: Table) -> [UInt8] {
        table.checkShape()
        var output: [UInt8] = []
        output.reserveCapacity(estimatedSize(of: table))
        output.append(contentsOf: byteOrderMark)
        appendRow(table.columns.map(\.name), to: &output)
        for row in table.rows { appendRow(row, to: &output) }
        return output
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func appendRow(_ cells: [String], to output: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.append(separator) }
            appendField(cell, to: &output)
        }
        output.append(contentsOf: lineEnd)
    }

    static let separator = UInt8(ascii: ";")
    static let lineEnd: [UInt8] = [0x0D, 0x0A]

    /// Room for every cell plus its separator and a little quoting, so the buffer grows at most
    /// once or twice on tables with many quoted cells.
    private static func estimatedSize(of table: Table) -> Int {
        var bytes = 0
        for row in table.rows {
            for cell in row { bytes += cell.utf8.count + 1 }
            bytes += 2
        }
        return bytes + bytes / 16 + 64
    }
}
