import Tabular

/// One kind of downloadable table: its file name, title, description and columns. The same value
/// writes the files and documents them on the downloads page, so the two cannot drift apart.
struct DownloadSheet<Row>: Sendable {
    /// File name without extension (`applicaties`), also the sheet name in XLSX.
    let name: String
    let titel: String
    let beschrijving: String
    let columns: [DownloadColumn<Row>]

    func table(_ rows: [Row]) -> Table {
        let docs = columns.flatMap(\.docs)
        return Table(name: name, columns: docs.map { Column($0.name) }, rows: rows.map { row in
            var cells: [String] = []
            cells.reserveCapacity(docs.count)
            for column in columns { column.fill(row, &cells) }
            return cells
        })
    }

    var doc: SheetDoc {
        SheetDoc(name: name, titel: titel, beschrijving: beschrijving, columns: columns.flatMap(\.docs))
    }
}

/// What the downloads page shows of one kind of table.
public struct SheetDoc: Sendable, Equatable {
    public let name: String
    public let titel: String
    public let beschrijving: String
    public let columns: [ColumnDoc]
}
