import Content
import Diagnostics
import Mustache
import Parallel
import Search

/// Search at `/zoeken/`: the index the browser reads (under `/zoeken/data/`), the static facet
/// pages that serve visitors without JavaScript, and the values of the page itself. Planned only
/// when the catalogue is published and the editor wrote `content/zoeken/index.md`.
struct SearchPlan: Sendable {
    static let url = "/zoeken/"
    /// Where the index files go, inside the output folder.
    static let dataFolder = "zoeken/data/"
    static let pageTemplate = "zoeken"
    static let facetTemplate = "zoekfacet"

    /// The page `/zoeken/`, the index files and the facet pages.
    let files: [PlannedFile]
    let problems: DiagnosticList

    /// `page` is the editor's `/zoeken/`; `kind` holds the values every editor's page gets.
    static func make(_ catalogue: CatalogueIndex, page: Page, pages: [Page], frame: PageFrame, templates: Set<String>,
                     subpagesByParent: [String: MustacheValue], kind: [String: MustacheValue]) -> SearchPlan {
        var problems = DiagnosticList()
        let template = page.frontMatter.sjabloon ?? pageTemplate
        if !templates.contains(template) {
            let at = SourceLocation(file: page.sourcePath, line: page.frontMatter.sjabloonLine ?? 1, column: 1)
            problems.append(.error(at, SiteMessages.unknownTemplate(template, known: templates)))
        }
        if !templates.contains(facetTemplate) {
            problems.append(.error(SourceLocation(file: "Templates/\(facetTemplate).mustache"), SiteMessages.missingTemplate(facetTemplate)))
        }
        // Analysing a record (its terms) needs no other record, so it runs on every core.
        let analyzed = parallelMap(SearchRecords.make(catalogue, pages: pages), batch: 256) { AnalyzedRecord($0) }
        let index = SearchIndex(analyzed: analyzed, facets: SearchFacets.keys)
        var files = index.files.map { file in PlannedFile(path: dataFolder + file.path, makeBytes: file.make) }
        let withPages = index.facets.filter { SearchFacets.withPages.contains($0.key) }
        for facet in withPages {
            for value in facet.values {
                let url = SearchFacets.pageURL(facet.key, value.value.slug)
                files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: facetTemplate) {
                    frame.value(url: url, titel: value.value.naam, beschrijving: value.value.naam,
                                kind: ["facet": .object(ZoekenViewModel.facetPage(facet.key, value, index.records))])
                })
            }
        }
        var values = kind
        values["zoeken"] = .object(ZoekenViewModel.make(index.records, facets: index.facets, frame: frame))
        files.append(PlannedFile(path: PlannedFile.outputPath(forURL: page.url), template: template,
                                 value: PageViewModel.make(page, frame: frame, subpagesByParent: subpagesByParent, kind: values)))
        return SearchPlan(files: files, problems: problems)
    }
}
