import Gemma

/// The catalogue as one audience may see it: the only value page planning and every output ever
/// receive, so nothing after the audience stage can reach hidden data. Lists are sorted by id.
public struct VisibleCatalogus: Sendable, Equatable {
    public let audience: Audience
    public let info: CatalogusInfo
    public let gemma: GemmaModel
    public let organisaties: [Organisatie]
    /// Only aanspreekpunten, and for gemeenten and samenwerkingen only on the gemeenten site.
    public let contactpersonen: [Contactpersoon]
    public let applicaties: [Applicatie]
    public let applicatieversies: [Applicatieversie]
    public let compliancy: [Compliancy]
    public let diensten: [Dienst]
    /// Landscapes, koppelingen and contracten: empty on the public site.
    public let gebruik: [Gebruik]
    public let koppelingen: [Koppeling]
    public let contracten: [Contract]
    /// Approved ratings with the rating organisation: empty on the public site, which gets the summaries.
    public let beoordelingen: [Beoordeling]
    /// Applicatie id → how many organisations use it (national totals, for both audiences).
    public let gebruikTelling: [String: Int]
    /// National totals for the statistics (counts only, for both audiences).
    public let gebruikTotalen: GebruikTotalen
    /// Applicatie id → count and average of its approved ratings.
    public let beoordelingenPerApplicatie: [String: BeoordelingSamenvatting]
    /// Dienst id → count and average of its approved ratings.
    public let beoordelingenPerDienst: [String: BeoordelingSamenvatting]
    /// Id → successor id of organisations and applicaties that are hidden themselves (Deactief,
    /// Gedepubliceerd) but went up in one that is visible: only the ids, so an address published
    /// before the merge can redirect to the successor. Nothing else of them is left.
    public let organisatieOpvolgers: [String: String]
    public let applicatieOpvolgers: [String: String]
}

/// "★★★★☆ 4,2 (12 beoordelingen)": what the public may know of ratings.
public struct BeoordelingSamenvatting: Sendable, Equatable {
    public var aantal: Int
    public var som: Int

    public init(aantal: Int, som: Int) {
        self.aantal = aantal
        self.som = som
    }

    public var gemiddelde: Double { aantal == 0 ? 0 : Double(som) / Double(aantal) }
}
