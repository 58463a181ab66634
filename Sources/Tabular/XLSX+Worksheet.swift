/// One worksheet part: frozen header, column widths, the cells, the autofilter.
///
/// Elements come in the order ECMA-376 prescribes for `CT_Worksheet` (dimension, sheetViews,
/// sheetFormatPr, cols, sheetData, autoFilter); Excel rejects a sheet with them out of order.
enum Worksheet {
    static func xml(_ sheet: Sheet, selected: Bool) -> [UInt8] {
        let table = sheet.table
        var xml = FileBytes(capacity: estimatedSize(of: table))
        xml.append(Package.declaration)
        xml.append(#"<worksheet xmlns="\#(Package.mainNamespace)" xmlns:r="\#(Package.relationshipsNamespace)">"#)
        xml.append(#"<dimension ref="\#(sheet.range)"/>"#)
        xml.append(#"<sheetViews><sheetView\#(selected ? #" tabSelected="1""# : "") workbookViewId="0">"#)
        xml.append(literal: #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#)
        xml.append(literal: #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#)
        xml.append(literal: #"<sheetFormatPr defaultRowHeight="15"/><cols>"#)
        for (index, width) in ColumnWidth.widths(of: table).enumerated() {
            xml.append(#"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#)
        }
        xml.append(literal: "</cols><sheetData>")

        // Every column's letters in one array, `letterEnds[c]` where column c's end.
        var letters: [UInt8] = []
        var letterEnds: [Int] = []
        for column in table.columns.indices {
            letters += columnLetters(column).utf8
            letterEnds.append(letters.count)
        }
        letters.withUnsafeBufferPointer { letters in
            letterEnds.withUnsafeBufferPointer { ends in
                let columns = Letters(bytes: letters, ends: ends)
                appendRow(table.columns.map(\.name), number: 1, style: Package.headerStyle, letters: columns, to: &xml)
                for (index, row) in table.rows.enumerated() {
                    appendRow(row, number: index + 2, style: nil, letters: columns, to: &xml)
                }
            }
        }

        xml.append(#"</sheetData><autoFilter ref="\#(sheet.range)"/></worksheet>"#)
        return xml.finish()
    }

    /// The letters of every column, borrowed for the loop over the cells.
    private struct Letters {
        let bytes: UnsafeBufferPointer<UInt8>
        let ends: UnsafeBufferPointer<Int>

        func of(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[(column == 0 ? 0 : ends[column - 1])..<ends[column]])
        }
    }

    /// `<row r="7"><c r="A7" t="inlineStr"><is><t>…</t></is></c>…</row>`, written byte by byte
    /// into the sheet's buffer: this loop runs for every cell of the download.
    private static func appendRow(_ cells: [String], number: Int, style: Int?, letters: Letters, to xml: inout FileBytes) {
        xml.append(literal: #"<row r=""#)
        // The row number is written once and copied into the reference of every cell.
        let numberStart = xml.count
        xml.appendDecimal(number)
        let numberLength = xml.count - numberStart
        xml.append(literal: #"">"#)
        cells.withUnsafeBufferPointer { cells in
            for column in cells.indices where !cells[column].isEmpty {
                xml.append(literal: #"<c r=""#)
                xml.append(letters.of(column))
                xml.appendAgain(from: numberStart, count: numberLength)
                if let style {
                    xml.append(literal: #"" s=""#)
                    xml.appendDecimal(style)
                }
                xml.append(literal: #"" t="inlineStr"><is><t"#)
                withUTF8Bytes(cells[column]) { bytes in
                    // Without xml:space Excel drops spaces and line breaks at either end of the text.
                    if isSpace(bytes.first) || isSpace(bytes.last) { xml.append(literal: #" xml:space="preserve""#) }
                    xml.append(UInt8(ascii: ">"))
                    xml.appendEscaped(bytes)
                }
                xml.append(literal: "</t></is></c>")
            }
        }
        xml.append(literal: "</row>")
    }

    private static func isSpace(_ byte: UInt8?) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The markup around a cell is about 50 bytes; with the text that is most of a sheet.
    private static func estimatedSize(of table: Table) -> Int {
        var bytes = 1024
        for row in table.rows {
            bytes += 24
            for cell in row { bytes += cell.utf8.count + 50 }
        }
        return bytes + bytes / 32
    }
}
