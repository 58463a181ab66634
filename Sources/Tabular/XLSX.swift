/// XLSX (Office Open XML spreadsheets) by our own small writer: one sheet per table.
///
/// Every sheet has a bold header row that stays in view while scrolling (a frozen pane at `A2`),
/// an autofilter over the header and the data, and column widths measured from the content
/// (see `Column.width`). Every cell is an inline string, never a number or a formula, so `007`
/// stays `007` and `=1+1` is shown as written: that is why cells are not neutralised against
/// formula injection as in `CSV`. Empty cells are left out, as Excel does.
///
/// Sheet names are made valid and distinct for Excel (see `SheetName`). The output is the same
/// bytes for the same tables: no timestamps, no document properties. Excel's limit of 32,767
/// characters in one cell is not checked here.
public enum XLSX {
    /// A workbook with `table` as its only sheet.
    public static func encode(_ table: Table, compression: ZipArchive.Compression = .deflate) -> [UInt8] {
        encode([table], compression: compression)
    }

    /// A workbook with one sheet per table, in order; the first one is shown when opened.
    /// `.store` writes the parts as they are: bigger files, made faster (see `ZipArchive.Compression`).
    public static func encode(_ tables: [Table], compression: ZipArchive.Compression = .deflate) -> [UInt8] {
        precondition(!tables.isEmpty, "a workbook has at least one sheet")
        for table in tables {
            table.checkShape()
            precondition(table.columns.count <= maximumColumns, "Excel has at most 16,384 columns")
            precondition(table.rows.count < maximumRows, "Excel has at most 1,048,576 rows")
        }
        let names = SheetName.unique(tables.map(\.name))
        let sheets = zip(tables, names).map { table, name in Sheet(table: table, name: name) }

        var entries = [
            ZipEntry(path: "[Content_Types].xml", contents: Package.contentTypes(sheetCount: sheets.count)),
            ZipEntry(path: "_rels/.rels", contents: Package.rootRelationships),
            ZipEntry(path: "xl/workbook.xml", contents: Package.workbook(sheets)),
            ZipEntry(path: "xl/_rels/workbook.xml.rels", contents: Package.workbookRelationships(sheetCount: sheets.count)),
            ZipEntry(path: "xl/styles.xml", contents: Package.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            entries.append(ZipEntry(path: "xl/worksheets/sheet\(index + 1).xml", contents: Worksheet.xml(sheet, selected: index == 0)))
        }
        return ZipArchive.encode(entries, compression: compression)
    }

    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576
}

/// A table on its way into a workbook, with the name it got there.
struct Sheet {
    var table: Table
    var name: String

    /// The header and the data, as a cell range: `A1:J60001`.
    var range: String { "A1:\(columnLetters(table.columns.count - 1))\(table.rows.count + 1)" }
}
