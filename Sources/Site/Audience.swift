import CatalogusModel

/// The audience a site is built for; defined with the model because the audience stage lives there.
public typealias Audience = CatalogusModel.Audience

/// Settings of one build that change what pages say, passed in rather than read from the environment.
public struct SiteSettings: Sendable {
    public var audience: Audience
    /// Absolute address the site is published at (`https://www.softwarecatalogus.nl`), without a
    /// trailing slash; canonical links and the sitemap need it.
    public var baseURL: String?
    /// Whether the build writes the downloads (CSV, XLSX, ArchiMate) and links to them; off
    /// (`--no-downloads`) for a quick look at the pages, and to measure what downloads cost.
    public var downloads = true
    /// Whether the build makes the insight pages of issue 6 (vergelijken, statistieken, GEMMA-views,
    /// buren, advies, informatiestromen, verwerkingen, wijzigingen) and links to them; off
    /// (`--no-insight`) for a quick look at the catalogue pages, and to measure what insight costs.
    public var insight = true

    public init(audience: Audience, baseURL: String?) {
        self.audience = audience
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }
}
