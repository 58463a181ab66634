import CatalogusModel
import Markdown
import Search

/// The facets of `/zoeken/`, in the order the page shows them, and where a value's plain link
/// goes without JavaScript: a static page `/zoeken/KEY/SLUG/`, or the page that already lists
/// the value's items (a leverancier's portfolio, a referentiecomponent's applicaties).
enum SearchFacets {
    static let organisatietype = "organisatietype"
    static let leverancier = "leverancier"
    static let referentiecomponent = "referentiecomponent"
    static let standaard = "standaard"
    static let diensttype = "diensttype"
    static let cloudmodel = "cloudmodel"
    static let hostinglocatie = "hostinglocatie"
    static let licentietype = "licentietype"

    /// The facets with a facet file, in page order. The `type` facet (the kind of a record) has none:
    /// the index holds each kind as a range of record numbers.
    static let keys = [organisatietype, leverancier, referentiecomponent, standaard, diensttype, cloudmodel, hostinglocatie, licentietype]
    /// The facets whose values get a static page; the others link to pages the site already has.
    static let withPages: Set<String> = [organisatietype, standaard, diensttype, cloudmodel, hostinglocatie, licentietype]

    /// A value named by data (`SaaS`, `Closed source`): its slug is the folded name.
    static func value(_ naam: String) -> FacetValue {
        FacetValue(naam: naam, slug: Slug.make(naam))
    }

    /// `/zoeken/standaard/stuf-zkn/`.
    static func pageURL(_ key: String, _ slug: String) -> String {
        "\(SearchPlan.url)\(key)/\(slug)/"
    }
}

/// Slugs from names, for page addresses (`CatalogueURLs`) and for things that have no page of their
/// own (standaarden): when two names give the same slug the smaller id keeps it and the others get
/// `-2`, `-3`, … — the same on every build.
enum UniqueSlugs {
    static func assign(_ items: [(id: String, naam: String)]) -> [String: String] {
        let ordered = items.map { item in (id: item.id, base: Slug.make(item.naam)) }
            .map { (id: $0.id, base: $0.base.isEmpty ? "zonder-naam" : $0.base) }
            .sorted { ($0.base, $0.id) < ($1.base, $1.id) }
        var used = Set<String>(), result: [String: String] = [:]
        for item in ordered {
            var slug = item.base, number = 1
            while used.contains(slug) {
                number += 1
                slug = "\(item.base)-\(number)"
            }
            used.insert(slug)
            result[item.id] = slug
        }
        return result
    }
}
