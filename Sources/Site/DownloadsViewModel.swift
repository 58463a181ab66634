import CatalogusModel
import Downloads
import Mustache

/// `/downloads/`: every national table as CSV and XLSX, and every column of each explained
/// (name, meaning, example), as the old softwarecatalogus.nl did. On the gemeenten site also the
/// columns of the landscape downloads that each gemeente's page links to.
enum DownloadsViewModel {
    static let url = "/downloads/"

    static func make(audience: Audience, withFiles: Bool) -> [String: MustacheValue] {
        let links = withFiles ? Downloads.publicLinks() : []
        let landscape = audience == .gemeenten ? Downloads.landscapeSheets() + [Verwerkingenregister.doc()] : []
        return [
            "bestanden": .list(Downloads.publicSheets().map { doc in
                sheet(sheet: doc, links: links.filter { $0.url.hasPrefix("/\(Downloads.folder)/\(doc.name).") })
            }),
            "landschap": .list(landscape.map { sheet(sheet: $0, links: []) }),
            "heeft_landschap": .bool(!landscape.isEmpty),
        ]
    }

    private static func sheet(sheet: SheetDoc, links: [DownloadLink]) -> MustacheValue {
        .object([
            "titel": .string(sheet.titel),
            "naam": .string(sheet.name),
            "anker": .string("bestand-" + sheet.name),
            "beschrijving": .string(sheet.beschrijving),
            "links": .list(links.map { .object(["url": .string($0.url), "formaat": .string($0.formaat)]) }),
            "heeft_links": .bool(!links.isEmpty),
            "kolommen": .list(sheet.columns.map { column in
                .object(["naam": .string(column.name), "betekenis": .string(column.meaning), "voorbeeld": .string(column.example)])
            }),
        ])
    }
}
