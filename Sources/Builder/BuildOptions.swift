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
    /// With a previous snapshot: the least share of each kind (applicaties, gebruik, …) the new
    /// one must keep; a snapshot that shrank more is refused unless `force` (`--force`).
    public var minimumFraction = 0.9
    public var force = false
    /// Where `swc build --report` writes the build report (JSON); the build itself never writes it.
    public var reportPath: String?
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

/// What a build did, for the closing line, the build report (`--report`) and tests.
public struct BuildReport: Sendable {
    public var pages: Int
    public var files: Int
    public var bytes: Int
    /// Objects per kind in the data (`applicaties`, `gebruik`, …), in a fixed order.
    public var counts: [(String, Int)] = []
    /// Each stage by its short name (`lezen`, `renderen`, …) with its seconds.
    public var stages: [(name: String, seconds: Double)] = []

    public init(pages: Int, files: Int, bytes: Int) {
        self.pages = pages
        self.files = files
        self.bytes = bytes
    }
}
