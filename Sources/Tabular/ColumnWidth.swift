/// XLSX column widths, in characters of the default font.
enum ColumnWidth {
    /// Narrower looks broken next to the header's filter button; wider pushes other columns off
    /// the screen, and long texts are better read in the cell or by widening the column by hand.
    static let measured = 8...60
    /// A width set on a `Column` is kept as asked, within what Excel accepts.
    static let fixed = 1...255

    /// The width of each column: the hint when given, else its longest header or cell, clamped.
    static func widths(of table: Table) -> [Int] {
        // Two characters for the autofilter button next to the header text.
        var widest = table.columns.map { length($0.name) + 2 }
        // Past the upper bound nothing changes; a cell with fewer bytes than the widest so far
        // cannot be wider, as a scalar takes at least one byte. Most cells stop at that test.
        let enough = measured.upperBound
        for row in table.rows {
            for (column, cell) in row.enumerated() where widest[column] < enough && cell.utf8.count > widest[column] {
                widest[column] = max(widest[column], length(cell))
            }
        }
        return zip(table.columns, widest).map { column, widest in
            if let hint = column.width { return clamp(hint, to: fixed) }
            // One character of air, so the text does not touch the grid line.
            return clamp(widest + 1, to: measured)
        }
    }

    /// The longest line of `text` in Unicode scalars: a cell with line breaks is as wide as its
    /// widest line. Scalars, not grapheme clusters: close enough for a width, and a byte loop.
    static func length(_ text: String) -> Int {
        withUTF8Bytes(text) { bytes in
            var longest = 0
            var current = 0
            for byte in bytes {
                if byte == 0x0A || byte == 0x0D {
                    current = 0
                } else if byte & 0xC0 != 0x80 {
                    current += 1
                    longest = max(longest, current)
                }
            }
            return longest
        }
    }

    private static func clamp(_ value: Int, to range: ClosedRange<Int>) -> Int {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
