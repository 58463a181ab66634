import CatalogusModel
import Gemma

/// Names and groupings the download tables need, built once per build from the visible
/// catalogue, so that each table costs time in proportion to its own rows.
struct DownloadLookups: Sendable {
    let catalogus: VisibleCatalogus
    let links: PageLinks
    /// Id → name (of an applicatieversie: its versie), and what rows look up of other objects:
    /// only the strings, because looking up a whole record copies every field of it.
    let organisatieNaam: [String: String]
    let applicatieNaam: [String: String]
    /// Applicatie id → the place of its name among all names ignoring case (equal names share a
    /// place), and the place of no name: rows sorted by applicatie compare numbers, not names.
    let applicatieNaamRank: [String: Int]
    let geenNaamRank: Int
    /// Applicatie id → the id of its aanbieder.
    let aanbieder: [String: String]
    let versieNaam: [String: String]
    let dienstNaam: [String: String]
    /// Gebruik id → the id of the applicatie in use.
    let gebruikApplicatie: [String: String]
    let referentiecomponenten: [String: String]
    let standaardversies: [String: String]
    let voorzieningen: [String: String]
    /// Applicatie id → the standaardversies it does and does not support, sorted by name.
    let standaardenPerApplicatie: [String: (ondersteund: [(naam: String, id: String)], niet: [(naam: String, id: String)])]
    let applicatiesPerAanbieder: [String: Int]
    let dienstenPerAanbieder: [String: Int]
    let aanspreekpunten: [String: [Contactpersoon]]
    let gebruikPerAfnemer: [String: [Gebruik]]
    let koppelingenPerAfnemer: [String: [Koppeling]]

    init(_ c: VisibleCatalogus, links: PageLinks) {
        catalogus = c
        self.links = links
        organisatieNaam = Self.names(c.organisaties.map { ($0.id, $0.naam) })
        applicatieNaam = Self.names(c.applicaties.map { ($0.id, $0.naam) })
        let folded = applicatieNaam.mapValues { $0.lowercased() }
        let places = Dictionary(uniqueKeysWithValues: Set(folded.values).union([""]).sorted().enumerated().map { ($1, $0) })
        applicatieNaamRank = folded.mapValues { places[$0]! }
        geenNaamRank = places[""]!
        aanbieder = Self.names(c.applicaties.map { ($0.id, $0.aanbieder) })
        versieNaam = Self.names(c.applicatieversies.map { ($0.id, $0.versie) })
        dienstNaam = Self.names(c.diensten.map { ($0.id, $0.naam) })
        gebruikApplicatie = Self.names(c.gebruik.map { ($0.id, $0.applicatie) })
        referentiecomponenten = Self.names(c.gemma.referentiecomponenten.map { ($0.objectID, $0.naam) })
        standaardversies = Self.names(c.gemma.standaardversies.map { ($0.objectID, $0.naam) })
        voorzieningen = Self.names(c.gemma.landelijkeVoorzieningen.map { ($0.objectID, $0.naam) })
        let versieNamen = standaardversies
        standaardenPerApplicatie = Dictionary(grouping: c.compliancy, by: \.applicatie).mapValues { statements in
            let named = { (ondersteund: Bool) in
                CellFormat.sorted(statements.filter { $0.ondersteund == ondersteund }.map { (naam: versieNamen[$0.standaardversie] ?? "", id: $0.standaardversie) },
                                  name: \.naam, id: \.id)
            }
            return (named(true), named(false))
        }
        applicatiesPerAanbieder = Dictionary(grouping: c.applicaties, by: \.aanbieder).mapValues(\.count)
        dienstenPerAanbieder = Dictionary(grouping: c.diensten, by: \.aanbieder).mapValues(\.count)
        aanspreekpunten = Dictionary(grouping: c.contactpersonen, by: \.organisatie)
        gebruikPerAfnemer = Dictionary(grouping: c.gebruik, by: \.afnemer)
        let afnemerVan = Dictionary(c.gebruik.map { ($0.id, $0.afnemer) }, uniquingKeysWith: { a, _ in a })
        koppelingenPerAfnemer = Dictionary(grouping: c.koppelingen) { afnemerVan[$0.bron] ?? "" }
    }

    /// Lookups over nothing, for documenting the sheets without data.
    static var none: DownloadLookups {
        let empty = Catalogus(info: CatalogusInfo(naam: "", peildatum: nil), gemma: .empty).visible(to: .publiek)
        return DownloadLookups(empty, links: PageLinks(applicaties: [:], organisaties: [:], referentiecomponenten: [:], baseURL: nil))
    }

    private static func names(_ pairs: [(String, String)]) -> [String: String] {
        Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    func organisatie(_ id: String?) -> (naam: String, id: String)? {
        guard let id else { return nil }
        return (organisatieNaam[id] ?? "", id)
    }

    func applicatie(_ id: String?) -> (naam: String, id: String)? {
        guard let id else { return nil }
        return (applicatieNaam[id] ?? "", id)
    }

    /// GEMMA references with their names; ids the model does not know keep an empty name.
    func referentiecomponenten(_ ids: [String]) -> [(naam: String, id: String)] {
        ids.map { (referentiecomponenten[$0] ?? "", $0) }
    }

    func standaardversies(_ ids: [String]) -> [(naam: String, id: String)] {
        ids.map { (standaardversies[$0] ?? "", $0) }
    }
}

extension DownloadLookups {
    /// Rows by the name of their applicatie ignoring case, then by id: the order of
    /// `CellFormat.sorted` with the applicatie's name, from numbers looked up once per row.
    func sorted<T>(_ items: [T], byApplicatie applicatie: (T) -> String?, id: (T) -> String) -> [T] {
        let keys = items.map { (rank: applicatie($0).flatMap { applicatieNaamRank[$0] } ?? geenNaamRank, id: id($0)) }
        return keys.indices.sorted { (keys[$0].rank, keys[$0].id, $0) < (keys[$1].rank, keys[$1].id, $1) }.map { items[$0] }
    }
}

/// Dutch number formats for cells: `4,2` and `1.234`, as Dutch-locale Excel shows them.
enum CellFormat {
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }

    static func rating(_ summary: BeoordelingSamenvatting?) -> (gemiddelde: String, aantal: String) {
        guard let summary, summary.aantal > 0 else { return ("", "0") }
        return (decimal(summary.gemiddelde), String(summary.aantal))
    }

    /// Rows in the order a reader expects: by name ignoring case, then by id.
    static func sorted<T>(_ items: [T], name: (T) -> String, id: (T) -> String) -> [T] {
        // Sorting positions, not the rows themselves: a row is a record whose every move copies its fields.
        let keys = items.map { (key: name($0).lowercased(), id: id($0)) }
        return keys.indices.sorted { (keys[$0].key, keys[$0].id, $0) < (keys[$1].key, keys[$1].id, $1) }.map { items[$0] }
    }
}
