import CatalogusModel
import Site

/// Everything a build reads and where it writes, as `swc build` was asked.
public struct BuildOptions: Sendable {
    public var dataDirectory: String
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// The data folder of the last published snapshot (`--previous`): what it published must
    /// not turn into a bare 404 (redirect or "verwijderd" pages).
    public var previousDataDirectory: String?
    public var settings: SiteSettings

    public init(
        dataDirectory: String = "content/catalogus", contentDirectory: String = "content",
        templatesDirectory: String = "Templates", outputDirectory: String = "site",
        audience: Audience = .publiek, baseURL: String? = nil
    ) {
        self.dataDirectory = dataDirectory
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.settings = SiteSettings(audience: audience, baseURL: baseURL)
    }
}

/// What a build did, for the closing line and for tests.
public struct BuildReport: Sendable {
    public var pages: Int
    public var files: Int
    public var bytes: Int
}
