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
    /// Applicatie `Landschappen.applicatieRang` → its place in the site's order (`SortKey`), so
    /// page lists sort on numbers (Int.max for an applicatie the catalogue does not know).
    let siteRang: [Int]
    /// Pair code → the `siteRang` of its applicatie (at most `codeMasker`) shifted past the code,
    /// then the code: a number that sorts pairs in the site's order of their applicaties.
    let codeSleutel: [Int]
    static let codeMasker = 1 << 28 - 1
    /// The referentiecomponent numbers of `landschappen.componentIDs` in the order of the
    /// referentiecomponenten's names (those of the GEMMA model only).
    let componentVolgorde: [Int]
    /// Applicatie id → its link as escaped HTML, made once: pages repeat them some 600 times each;
    /// the same by `Landschappen.applicatieRang`, as text to put cells together from.
    let applicatieHTML: [String: MustacheValue]
    let applicatieLinks: [String]
    /// Referentiecomponent number → its link, as a value and as text.
    let componentHTML: [MustacheValue]
    let componentLinks: [String]
    /// Gemeente id → what a buren row shows of it whoever's buur it is (`buurVelden(_:_:)`):
    /// every gemeente is a buur on a dozen pages.
    let buurVelden: [String: [String: MustacheValue]]
    /// Gemeente id → its naam, escaped.
    let naamHTML: [String: String]
    /// A landscape line's status, escaped.
    let statusHTML: [Gebruik.Status: String]

    init(_ index: CatalogueIndex) {
        landschappen = Landschappen(index.catalogus, regelsPerAfnemer: index.gebruikPerAfnemer)
        buren = BurenIndex(landschappen)
        regels = AdviesRegels(landschappen, compliancy: index.compliancyPerApplicatie, versies: index.versies)
        let applicaties = index.catalogus.applicaties
        let rang = Dictionary(applicaties.indices.map { (index.sortKey(applicaties[$0].id, naam: applicaties[$0].naam, tieBreak: applicaties[$0].id), applicaties[$0].id) }
            .sorted { $0.0 < $1.0 }.enumerated().map { ($1.1, $0) }, uniquingKeysWith: { a, _ in a })
        let landschappen = landschappen
        var ids = [String](repeating: "", count: landschappen.applicatieRang.count)
        for (id, place) in landschappen.applicatieRang { ids[place] = id }
        let siteRang = ids.map { rang[$0] ?? Int.max }
        self.siteRang = siteRang
        codeSleutel = landschappen.codeApplicatie.enumerated().map { code, place in
            min(place < siteRang.count ? siteRang[place] : Int.max, Self.codeMasker) << 28 | code
        }
        let componentIDs = landschappen.componentIDs
        componentVolgorde = componentIDs.indices.filter { index.referentiecomponenten[componentIDs[$0]] != nil }
            .sorted { (index.referentiecomponenten[componentIDs[$0]]?.naam ?? "", componentIDs[$0]) < (index.referentiecomponenten[componentIDs[$1]]?.naam ?? "", componentIDs[$1]) }
        let links = Dictionary(applicaties.indices.map { (applicaties[$0].id, Self.linkHTML(applicaties[$0].naam, index.urls.url(.applicaties, applicaties[$0].id))) },
                               uniquingKeysWith: { a, _ in a })
        applicatieHTML = links.mapValues(MustacheValue.html)
        applicatieLinks = ids.map { links[$0] ?? escapeHTML($0) }
        let byID = Dictionary(index.catalogus.gemma.referentiecomponenten.map { ($0.objectID, Self.linkHTML($0.naam, index.urls.url(.referentiecomponenten, $0.objectID))) },
                              uniquingKeysWith: { a, _ in a })
        let componentLinks = componentIDs.map { byID[$0] ?? escapeHTML($0) }
        self.componentLinks = componentLinks
        componentHTML = componentLinks.map(MustacheValue.html)
        buurVelden = Dictionary(landschappen.gemeenten.map { ($0.id, Self.buurVelden($0.id, index)) }, uniquingKeysWith: { a, _ in a })
        naamHTML = Dictionary(landschappen.gemeenten.map { ($0.id, escapeHTML($0.naam)) }, uniquingKeysWith: { a, _ in a })
        statusHTML = Dictionary(Gebruik.Status.allCases.map { ($0, escapeHTML($0.rawValue)) }, uniquingKeysWith: { a, _ in a })
    }

    /// A buur's naam, page, anchor, provincie, inwonertal and aanspreekpunten.
    static func buurVelden(_ id: String, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let h = index.organisaties[id]
        return [
            "naam": .string(h?.naam ?? id),
            "url": h.flatMap { index.urls.organisatie($0) }.map(MustacheValue.string) ?? .null,
            "anker": .string(anker(id, index)),
            "provincie": .text(h?.provincie),
            "inwoners": h?.inwonertal.map { .string(Format.number($0)) } ?? .null,
            "aanspreekpunten": .list(Contacts.forOrganisatie(id, index)),
        ]
    }

    /// `<a href="url">naam</a>`, both escaped; the name alone without a page.
    static func linkHTML(_ naam: String, _ url: String?) -> String {
        guard let url else { return escapeHTML(naam) }
        return "<a href=\"\(escapeHTML(url))\">\(escapeHTML(naam))</a>"
    }

    /// `<a href="url">naam</a>`, both escaped; the name alone without a page.
    static func link(_ naam: String, _ url: String?) -> MustacheValue {
        .html(linkHTML(naam, url))
    }

    func applicatie(_ id: String) -> MustacheValue {
        applicatieHTML[id] ?? .html(escapeHTML(id))
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
