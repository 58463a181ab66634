import CatalogusModel
import Insight
import Mustache

/// What the buren and advies pages of the gemeenten site are made from, computed once per
/// build: every gemeente's landscape as pairs, its buren, and the advice rules' lookups. A class
/// with constants only, so that the 700 page closures share it instead of each retaining every table.
final class Buurt: Sendable {
    let landschappen: Landschappen
    let buren: BurenIndex
    let regels: AdviesRegels
    /// Applicatie id → its place in the site's order (`SortKey`), so page lists sort on numbers.
    let rang: [String: Int]
    /// Pair code → the `rang` of its applicatie.
    let codeRang: [Int]
    /// Referentiecomponent id → its number in `landschappen.componentIDs`; the numbers in the
    /// order of the referentiecomponenten's names (those of the GEMMA model only).
    let componentNummer: [String: Int]
    let componentVolgorde: [Int]
    /// Applicatie id and referentiecomponent number → its link as escaped HTML, made once:
    /// pages repeat them some 600 times each.
    let applicatieHTML: [String: MustacheValue]
    let componentHTML: [MustacheValue]
    private let componentHTMLByID: [String: MustacheValue]

    init(_ index: CatalogueIndex) {
        landschappen = Landschappen(index.catalogus)
        buren = BurenIndex(landschappen)
        regels = AdviesRegels(landschappen)
        rang = Dictionary(index.catalogus.applicaties.map { (index.sortKey($0.id, naam: $0.naam, tieBreak: $0.id), $0.id) }
            .sorted { $0.0 < $1.0 }.enumerated().map { ($1.1, $0) }, uniquingKeysWith: { a, _ in a })
        let (landschappen, rang) = (landschappen, rang)
        codeRang = landschappen.componentVan.indices.map { rang[landschappen.invulling($0).applicatie] ?? Int.max }
        let ids = landschappen.componentIDs
        componentNummer = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        componentVolgorde = ids.indices.filter { index.referentiecomponenten[ids[$0]] != nil }
            .sorted { (index.referentiecomponenten[ids[$0]]?.naam ?? "", ids[$0]) < (index.referentiecomponenten[ids[$1]]?.naam ?? "", ids[$1]) }
        applicatieHTML = Dictionary(index.catalogus.applicaties.map { ($0.id, Self.link($0.naam, index.urls.url(.applicaties, $0.id))) },
                                    uniquingKeysWith: { a, _ in a })
        let byID = Dictionary(index.catalogus.gemma.referentiecomponenten.map { ($0.objectID, Self.link($0.naam, index.urls.url(.referentiecomponenten, $0.objectID))) },
                              uniquingKeysWith: { a, _ in a })
        componentHTMLByID = byID
        componentHTML = ids.map { byID[$0] ?? .html(escapeHTML($0)) }
    }

    /// `<a href="url">naam</a>`, both escaped; the name alone without a page.
    static func link(_ naam: String, _ url: String?) -> MustacheValue {
        guard let url else { return .html(escapeHTML(naam)) }
        return .html("<a href=\"\(escapeHTML(url))\">\(escapeHTML(naam))</a>")
    }

    func applicatie(_ id: String) -> MustacheValue {
        applicatieHTML[id] ?? .html(escapeHTML(id))
    }

    func component(_ id: String) -> MustacheValue {
        componentHTMLByID[id] ?? .html(escapeHTML(id))
    }

    /// The gemeenten that get the pages, with their page address: only on the gemeenten site
    /// (contract: which organisation uses what is never public), and only gemeenten that have a
    /// page of their own.
    static func pagina(_ o: Organisatie, _ index: CatalogueIndex) -> String? {
        guard index.catalogus.audience == .gemeenten, o.type == .gemeente, o.opgegaanIn == nil, !index.isMerged(o) else { return nil }
        return index.urls.organisatie(o)
    }

    /// `/gemeenten/utrecht/` → `buur-utrecht`, the anchor of a buur on a buren page.
    static func anker(_ id: String, _ index: CatalogueIndex) -> String {
        let url = index.organisaties[id].flatMap { index.urls.organisatie($0) } ?? id
        return "buur-" + (url.split(separator: "/").last.map(String.init) ?? id)
    }

    /// Home › Gemeenten › the gemeente: the gemeente's own page is not an editor's page, so the
    /// usual breadcrumb would skip it.
    static func kruimelpad(_ o: Organisatie, url: String, _ frame: PageFrame) -> [String: MustacheValue] {
        var crumbs: [MustacheValue] = [.object(["titel": .string(frame.layout.texts["home"]), "url": "/"])]
        let section = CatalogueURLs.Section.gemeenten.url
        if let titel = frame.titles[section] { crumbs.append(.object(["titel": .string(titel), "url": .string(section)])) }
        crumbs.append(.object(["titel": .string(o.naam), "url": .string(url)]))
        return ["kruimelpad": .list(crumbs), "heeft_kruimelpad": .bool(true)]
    }
}

extension MustacheValue {
    /// Objects of a list, each with `na`: ", " between them, " en " before the last, "" after it,
    /// so that templates can write "A, B en C" without trailing separators.
    static func opgesomd(_ items: [[String: MustacheValue]]) -> MustacheValue {
        .list(items.enumerated().map { position, item in
            var item = item
            item["na"] = .string(position == items.count - 1 ? "" : position == items.count - 2 ? " en " : ", ")
            return .object(item)
        })
    }
}
