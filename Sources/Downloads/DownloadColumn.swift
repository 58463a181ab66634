/// What the downloads page says about one column: its header, what it means, and an example.
public struct ColumnDoc: Sendable, Equatable {
    public let name: String
    public let meaning: String
    public let example: String
}

/// One column of a download, or a pair of them that come from one look-up (a name and its id):
/// the documentation of each, and how a row gives their cells. A pair looks its reference up once
/// per row, not once per cell.
struct DownloadColumn<Row>: Sendable {
    let docs: [ColumnDoc]
    /// Appends this column's cells (one per doc) for a row.
    let fill: @Sendable (Row, inout [String]) -> Void

    init(_ name: String, _ meaning: String, example: String, _ cell: @escaping @Sendable (Row) -> String) {
        docs = [ColumnDoc(name: name, meaning: meaning, example: example)]
        fill = { row, cells in cells.append(cell(row)) }
    }

    private init(docs: [ColumnDoc], fill: @escaping @Sendable (Row, inout [String]) -> Void) {
        self.docs = docs
        self.fill = fill
    }

    /// A reference as two columns: the readable name (`leverancier`) and the id (`_leverancierId`),
    /// so a spreadsheet shows names and a script can still join on ids.
    static func reference(_ name: String, _ meaning: String, example: (naam: String, id: String),
                          _ reference: @escaping @Sendable (Row) -> (naam: String, id: String)?) -> [DownloadColumn<Row>] {
        [DownloadColumn(docs: [
            ColumnDoc(name: name, meaning: meaning, example: example.naam),
            ColumnDoc(name: "_\(name)Id", meaning: "Id van \(name) in de gegevens van de catalogus.", example: example.id),
        ]) { row, cells in
            let found = reference(row)
            cells.append(found?.naam ?? "")
            cells.append(found?.id ?? "")
        }]
    }

    /// Several references in one cell each, joined with `, `, with a parallel id column in the same order.
    static func references(_ name: String, idName: String, _ meaning: String, example: (naam: String, id: String),
                           _ references: @escaping @Sendable (Row) -> [(naam: String, id: String)]) -> [DownloadColumn<Row>] {
        [DownloadColumn(docs: [
            ColumnDoc(name: name, meaning: meaning + " Meerdere waarden gescheiden door komma en spatie.", example: example.naam),
            ColumnDoc(name: "_\(idName)", meaning: "Ids van \(name), in dezelfde volgorde.", example: example.id),
        ]) { row, cells in
            let found = references(row)
            // Most cells hold none or one: no lists to join for them.
            switch found.count {
            case 0:
                cells.append("")
                cells.append("")
            case 1:
                cells.append(found[0].naam)
                cells.append(found[0].id)
            default:
                cells.append(found.map(\.naam).joined(separator: ", "))
                cells.append(found.map(\.id).joined(separator: ", "))
            }
        }]
    }

    /// `references` for ids whose names are looked up one by one: no list of pairs per row.
    static func references(_ name: String, idName: String, _ meaning: String, example: (naam: String, id: String),
                           ids: @escaping @Sendable (Row) -> [String], naam: @escaping @Sendable (String) -> String) -> [DownloadColumn<Row>] {
        [DownloadColumn(docs: [
            ColumnDoc(name: name, meaning: meaning + " Meerdere waarden gescheiden door komma en spatie.", example: example.naam),
            ColumnDoc(name: "_\(idName)", meaning: "Ids van \(name), in dezelfde volgorde.", example: example.id),
        ]) { row, cells in
            let ids = ids(row)
            switch ids.count {
            case 0:
                cells.append("")
                cells.append("")
            case 1:
                cells.append(naam(ids[0]))
                cells.append(ids[0])
            default:
                cells.append(ids.map(naam).joined(separator: ", "))
                cells.append(ids.joined(separator: ", "))
            }
        }]
    }
}
