/// ArchiMate exchange files (AMEFF 3.1) of the visible catalogue, after GEMMA's documented export
/// model (view "Softwarecatalogus modellering AMEFF-export" in the "Over GEMMA" model).
///
/// Build one `Index` per catalogue, then ask it for one file at a time:
///
/// ```swift
/// let index = AMEFFExport.Index(catalogus) { page, id in urls.url(page, id) }
/// let portfolio = index.applicatie("app-1")          // [UInt8]?, nil for an unknown id
/// if let gemeenten = index.gemeenten {               // nil on the publiek site
///     let landschap = gemeenten.landschap("org-7")
/// }
/// ```
///
/// Every file is UTF-8 XML, sorted by identifier, with identifiers derived from object ids, so two
/// builds of the same catalogue give the same bytes.
public enum AMEFFExport {
    /// The kinds of object that have a page on the site; ids are unique per kind only.
    public enum Page: Sendable, Equatable, CaseIterable {
        case applicatie, applicatieversie, organisatie, referentiecomponent
    }

    /// The page of an object: an absolute or root-relative URL, or nil when it has none.
    /// Slugs are made by page planning, so the export asks instead of guessing.
    public typealias PageURL = @Sendable (Page, String) -> String?
}
