/// One thing the search can find: what it is, where it lives, the texts it is found by and the
/// facet values it is filtered by. The site makes these from the visible catalogue only.
public struct SearchRecord: Sendable, Equatable {
    /// Unique and stable (`applicatie/app-00001`); the tie-break when names sort equal.
    public var id: String
    /// What it is; also the `type` facet.
    public var kind: SearchKind
    /// Matched first: an exact name ranks before a name that starts with the query, which ranks before a match elsewhere.
    public var naam: String
    /// Site-relative (`/applicaties/…/`) or absolute `https://` address of the result.
    public var url: String
    /// Shown under the name in a result; cut to `SearchIndex.summaryLength` characters.
    public var samenvatting: String
    /// Shown beside the kind, such as the aanbieder of an applicatie.
    public var toelichting: String?
    /// Searched as well, ranked below the name (descriptions, page text, place names).
    public var tekst: [String]
    /// Facet key (`leverancier`) → the values this record has.
    public var facetten: [String: [FacetValue]]
    /// Applicaties in status Concept are marked wherever they are shown (PvE 10).
    public var concept: Bool

    /// A record; only `id`, `kind`, `naam` and `url` are required.
    public init(id: String, kind: SearchKind, naam: String, url: String, samenvatting: String = "", toelichting: String? = nil,
                tekst: [String] = [], facetten: [String: [FacetValue]] = [:], concept: Bool = false) {
        self.id = id
        self.kind = kind
        self.naam = naam
        self.url = url
        self.samenvatting = samenvatting
        self.toelichting = toelichting
        self.tekst = tekst
        self.facetten = facetten
        self.concept = concept
    }
}

/// A value of a facet: its name as shown, and the slug that stands for it in the URL
/// (`?leverancier=acme-software`) and in the address of its static page.
public struct FacetValue: Sendable, Hashable {
    /// As shown.
    public var naam: String
    /// Lower-case letters, digits and hyphens: `saas`, `acme-software`.
    public var slug: String

    /// A value named `naam`, `slug` in addresses.
    public init(naam: String, slug: String) {
        self.naam = naam
        self.slug = slug
    }
}
