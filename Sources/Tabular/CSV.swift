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
        var output = FileBytes(capacity: estimatedSize(of: table))
        byteOrderMark.withUnsafeBufferPointer { output.append($0) }
        appendRow(table.columns.map(\.name), to: &output)
        for row in table.rows { appendRow(row, to: &output) }
        return output.finish()
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func appendRow(_ cells: [String], to output: inout FileBytes) {
        cells.withUnsafeBufferPointer { cells in
            for index in cells.indices {
                if index > 0 { output.append(separator) }
                appendField(cells[index], to: &output)
            }
        }
        output.append(literal: "\r\n")
    }

    static let separator = UInt8(ascii: ";")

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
