/// Who the site is built for. The contract (`docs`/`../shared/spec/catalogus-data.md`) says what each may see.
public enum Audience: String, Sendable, CaseIterable {
    /// The open internet: indexed by search engines.
    case publiek
    /// Behind the municipalities' login: never indexed.
    case gemeenten
}

/// Settings of one build that change what pages say, passed in rather than read from the environment.
public struct SiteSettings: Sendable {
    public var audience: Audience
    /// Absolute address the site is published at (`https://www.softwarecatalogus.nl`), without a
    /// trailing slash; canonical links and the sitemap need it.
    public var baseURL: String?

    public init(audience: Audience, baseURL: String?) {
        self.audience = audience
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }
}
