/// One worksheet part: frozen header, column widths, the cells, the autofilter.
///
/// Elements come in the order ECMA-376 prescribes for `CT_Worksheet` (dimension, sheetViews,
/// sheetFormatPr, cols, sheetData, autoFilter); Excel rejects a sheet with them out of order.
enum Worksheet {
    static func xml(_ sheet: Sheet, selected: Bool) -> [UInt8] {
        let table = sheet.table
        var xml: [UInt8] = []
        xml.reserveCapacity(estimatedSize(of: table))
        xml.append(contentsOf: Package.declaration.utf8)
        xml.append(contentsOf: #"<worksheet xmlns="\#(Package.mainNamespace)" xmlns:r="\#(Package.relationshipsNamespace)">"#.utf8)
        xml.append(contentsOf: #"<dimension ref="\#(sheet.range)"/>"#.utf8)
        xml.append(contentsOf: #"<sheetViews><sheetView\#(selected ? #" tabSelected="1""# : "") workbookViewId="0">"#.utf8)
        xml.append(contentsOf: #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#.utf8)
        xml.append(contentsOf: #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#.utf8)
        xml.append(contentsOf: #"<sheetFormatPr defaultRowHeight="15"/><cols>"#.utf8)
        for (index, width) in ColumnWidth.widths(of: table).enumerated() {
            xml.append(contentsOf: #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#.utf8)
        }
        xml.append(contentsOf: "</cols><sheetData>".utf8)

        let letters = table.columns.indices.map { Array(columnLetters($0).utf8) }
        appendRow(table.columns.map(\.name), number: 1, style: Package.headerStyle, letters: letters, to: &xml)
        for (index, row) in table.rows.enumerated() {
            appendRow(row, number: index + 2, style: nil, letters: letters, to: &xml)
        }

        xml.append(contentsOf: #"</sheetData><autoFilter ref="\#(sheet.range)"/></worksheet>"#.utf8)
        return xml
    }

    /// `<row r="7"><c r="A7" t="inlineStr"><is><t>…</t></is></c>…</row>`, written byte by byte
    /// into the sheet's buffer: this loop runs for every cell of the download.
    private static func appendRow(_ cells: [String], number: Int, style: Int?, letters: [[UInt8]], to xml: inout [UInt8]) {
        var rowNumber: [UInt8] = []
        rowNumber.appendDecimal(number)
        xml.append(literal: #"<row r=""#)
        xml.append(contentsOf: rowNumber)
        xml.append(literal: #"">"#)
        for (column, cell) in cells.enumerated() where !cell.isEmpty {
            xml.append(literal: #"<c r=""#)
            xml.append(contentsOf: letters[column])
            xml.append(contentsOf: rowNumber)
            if let style {
                xml.append(literal: #"" s=""#)
                xml.appendDecimal(style)
            }
            xml.append(literal: #"" t="inlineStr"><is><t"#)
            withUTF8Bytes(cell) { bytes in
                // Without xml:space Excel drops spaces and line breaks at either end of the text.
                if isSpace(bytes.first) || isSpace(bytes.last) { xml.append(literal: #" xml:space="preserve""#) }
                xml.append(UInt8(ascii: ">"))
                XML.appendEscaped(bytes, to: &xml)
            }
            xml.append(literal: "</t></is></c>")
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
