import CatalogusModel
import Insight
import Mustache

/// What the buren and advies pages of the gemeenten site are made from, computed once per
/// build: every gemeente's landscape as pairs, its buren, and the advice rules' lookups.
struct Buurt: Sendable {
    let landschappen: Landschappen
    let buren: BurenIndex
    let regels: AdviesRegels

    init(_ catalogus: VisibleCatalogus) {
        landschappen = Landschappen(catalogus)
        buren = BurenIndex(landschappen)
        regels = AdviesRegels(landschappen)
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
