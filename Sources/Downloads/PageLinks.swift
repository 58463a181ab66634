/// The addresses of the site's pages, made by page planning, for the `pagina` columns and the
/// `URL` property of ArchiMate files. Root-relative (`/applicaties/zaaksysteem/`) unless a base
/// address is known, because a downloaded file is read outside the site.
public struct PageLinks: Sendable {
    public var applicaties: [String: String]
    public var organisaties: [String: String]
    public var referentiecomponenten: [String: String]
    /// `https://www.softwarecatalogus.nl`, without a trailing slash; nil keeps links root-relative.
    public var baseURL: String?

    public init(applicaties: [String: String], organisaties: [String: String], referentiecomponenten: [String: String], baseURL: String?) {
        self.applicaties = applicaties
        self.organisaties = organisaties
        self.referentiecomponenten = referentiecomponenten
        self.baseURL = baseURL
    }

    /// `url` with the base address in front, when there is one.
    func absolute(_ url: String?) -> String {
        guard let url else { return "" }
        return (baseURL ?? "") + url
    }
}
