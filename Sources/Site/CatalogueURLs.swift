import CatalogusModel
import Downloads

/// The address of every catalogue page: `/applicaties/SLUG/`, `/leveranciers/SLUG/`, …
/// Slugs come from `naam`; when two names give the same slug, the one with the smaller id keeps
/// it and the others get `-2`, `-3`, … — the same on every build. Slugs only hold `a-z`, `0-9` and
/// `-`, so no id or name can make a path leave the output folder.
struct CatalogueURLs: Sendable {
    enum Section: String, CaseIterable, Sendable {
        case applicaties, leveranciers, gemeenten, samenwerkingen, referentiecomponenten, diensten

        var url: String { "/\(rawValue)/" }
    }

    private var urls: [Section: [String: String]] = [:]

    init(_ c: VisibleCatalogus) {
        urls[.applicaties] = Self.assign(.applicaties, c.applicaties.map { ($0.id, $0.naam) })
        urls[.leveranciers] = Self.assign(.leveranciers, c.organisaties.filter { $0.type == .leverancier || $0.type == .community }.map { ($0.id, $0.naam) })
        urls[.gemeenten] = Self.assign(.gemeenten, c.organisaties.filter { $0.type == .gemeente }.map { ($0.id, $0.naam) })
        urls[.samenwerkingen] = Self.assign(.samenwerkingen, c.organisaties.filter { $0.type == .samenwerking }.map { ($0.id, $0.naam) })
        urls[.referentiecomponenten] = Self.assign(.referentiecomponenten, c.gemma.referentiecomponenten.map { ($0.objectID, $0.naam) })
    }

    func url(_ section: Section, _ id: String) -> String? { urls[section]?[id] }

    /// The page addresses the downloads link to.
    func pageLinks(baseURL: String?) -> PageLinks {
        let organisaties = [Section.leveranciers, .gemeenten, .samenwerkingen].reduce(into: [String: String]()) { all, section in
            all.merge(urls[section] ?? [:]) { a, _ in a }
        }
        return PageLinks(applicaties: urls[.applicaties] ?? [:], organisaties: organisaties,
                         referentiecomponenten: urls[.referentiecomponenten] ?? [:], baseURL: baseURL)
    }

    /// The page of an organisation, whatever its kind.
    func organisatie(_ o: Organisatie) -> String? {
        switch o.type {
        case .gemeente: url(.gemeenten, o.id)
        case .samenwerking: url(.samenwerkingen, o.id)
        case .leverancier, .community: url(.leveranciers, o.id)
        }
    }

    private static func assign(_ section: Section, _ items: [(id: String, naam: String)]) -> [String: String] {
        UniqueSlugs.assign(items).mapValues { "\(section.url)\($0)/" }
    }
}
