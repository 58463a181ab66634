import CatalogusModel
import Content
import Diagnostics
import Mustache
import Parallel

/// What an insight feature (issue 6) gets to plan its files from: the lookups, the page frame,
/// the editor's pages (its own page's title and introduction come from `content/`), and the
/// last published snapshot when the build has `--previous`.
struct InsightContext: Sendable {
    let index: CatalogueIndex
    let frame: PageFrame
    let settings: SiteSettings
    let templates: Set<String>
    let pages: [Page]
    let subpagesByParent: [String: MustacheValue]
    /// The values every editor's page gets (`catalogus` counts).
    let kind: [String: MustacheValue]
    let previous: PreviousSnapshot?

    /// The editor's page at `url`, when there is one.
    func page(_ url: String) -> Page? { pages.first { $0.url == url } }

    /// The editor's page at `url` rendered with `template` (or its own `sjabloon`) and `values` besides the usual ones.
    func editorPage(_ page: Page, template: String, values: [String: MustacheValue], problems: inout DiagnosticList) -> PlannedFile {
        let chosen = page.frontMatter.sjabloon ?? template
        if !templates.contains(chosen) {
            let at = SourceLocation(file: page.sourcePath, line: page.frontMatter.sjabloonLine ?? 1, column: 1)
            problems.append(.error(at, SiteMessages.unknownTemplate(chosen, known: templates)))
        }
        var kind = self.kind
        kind.merge(values) { $1 }
        return PlannedFile(path: PlannedFile.outputPath(forURL: page.url), template: chosen,
                           value: PageViewModel.make(page, frame: frame, subpagesByParent: subpagesByParent, kind: kind))
    }

    /// Reports a template this feature needs but the template folder lacks.
    func require(_ template: String, problems: inout DiagnosticList) {
        if !templates.contains(template) {
            problems.append(.error(SourceLocation(file: "Templates/\(template).mustache"), SiteMessages.missingTemplate(template)))
        }
    }
}

/// What one feature plans: files, the addresses it publishes (for `urls.json`), and problems.
struct InsightFiles: Sendable {
    var files: [PlannedFile] = []
    var published: [PublishedURL] = []
    var problems = DiagnosticList()

    mutating func append(_ other: InsightFiles) {
        files += other.files
        published += other.published
        problems.append(contentsOf: other.problems)
    }
}

/// A link an insight feature adds to a catalogue page ("Gluren bij de buren", "Wijzigingen (Atom)").
struct InsightLink: Sendable {
    let titel: String
    let url: String
    /// An Atom feed: the page's head gets `<link rel="alternate" type="application/atom+xml">` for it too.
    var feed = false

    var value: MustacheValue { .object(["titel": .string(titel), "url": .string(url), "feed": .bool(feed)]) }
}

/// One feature of issue 6. `pageURLs` are the editor's pages it renders itself (they are left
/// out of the plain page loop); the link functions add links to catalogue pages.
protocol InsightFeature {
    static var pageURLs: [String] { get }
    static func plan(_ context: InsightContext) -> InsightFiles
    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink]
    static func applicatieLinks(_ a: Applicatie, _ index: CatalogueIndex) -> [InsightLink]
}

extension InsightFeature {
    static var pageURLs: [String] { [] }
    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] { [] }
    static func applicatieLinks(_ a: Applicatie, _ index: CatalogueIndex) -> [InsightLink] { [] }
}

/// The insight features, in the order their links appear on a page.
enum InsightPlan {
    static let features: [any InsightFeature.Type] = [
        Vergelijken.self, Statistieken.self, GemmaViews.self, Buren.self, Advies.self,
        Informatiestromen.self, RegisterVanVerwerkingen.self, Wijzigingen.self,
    ]

    /// Editor pages the features render themselves.
    static let pageURLs = Set(features.flatMap { $0.pageURLs })

    /// The features plan side by side (each precomputes its own lookups, such as the buren or the
    /// drawn views); their files keep the order of `features`.
    static func plan(_ context: InsightContext) -> InsightFiles {
        var all = InsightFiles()
        for files in parallelMap(Array(features.indices), batch: 1, { features[$0].plan(context) }) { all.append(files) }
        return all
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [MustacheValue] {
        guard index.insight else { return [] }
        return features.flatMap { $0.organisatieLinks(o, index) }.map(\.value)
    }

    static func applicatieLinks(_ a: Applicatie, _ index: CatalogueIndex) -> [MustacheValue] {
        guard index.insight else { return [] }
        return features.flatMap { $0.applicatieLinks(a, index) }.map(\.value)
    }
}
