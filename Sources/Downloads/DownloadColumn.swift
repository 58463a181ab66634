/// What the downloads page says about one column: its header, what it means, and an example.
public struct ColumnDoc: Sendable, Equatable {
    public let name: String
    public let meaning: String
    public let example: String
}

/// One column of a download: its documentation and how a row gives its cell text.
struct DownloadColumn<Row>: Sendable {
    let doc: ColumnDoc
    let cell: @Sendable (Row) -> String

    init(_ name: String, _ meaning: String, example: String, _ cell: @escaping @Sendable (Row) -> String) {
        doc = ColumnDoc(name: name, meaning: meaning, example: example)
        self.cell = cell
    }

    /// A reference as two columns: the readable name (`leverancier`) and the id (`_leverancierId`),
    /// so a spreadsheet shows names and a script can still join on ids.
    static func reference(_ name: String, _ meaning: String, example: (naam: String, id: String),
                          _ reference: @escaping @Sendable (Row) -> (naam: String, id: String)?) -> [DownloadColumn<Row>] {
        [
            DownloadColumn(name, meaning, example: example.naam) { reference($0)?.naam ?? "" },
            DownloadColumn("_\(name)Id", "Id van \(name) in de gegevens van de catalogus.", example: example.id) { reference($0)?.id ?? "" },
        ]
    }

    /// Several references in one cell each, joined with `, `, with a parallel id column in the same order.
    static func references(_ name: String, idName: String, _ meaning: String, example: (naam: String, id: String),
                           _ references: @escaping @Sendable (Row) -> [(naam: String, id: String)]) -> [DownloadColumn<Row>] {
        [
            DownloadColumn(name, meaning + " Meerdere waarden gescheiden door komma en spatie.", example: example.naam) {
                references($0).map(\.naam).joined(separator: ", ")
            },
            DownloadColumn("_\(idName)", "Ids van \(name), in dezelfde volgorde.", example: example.id) {
                references($0).map(\.id).joined(separator: ", ")
            },
        ]
    }
}
