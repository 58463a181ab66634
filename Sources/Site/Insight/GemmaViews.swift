import CatalogusModel
import Diagnostics
import Gemma
import Mustache

/// Issue 6, item 4: the GEMMA views meant for the Softwarecatalogus, drawn as SVG from their
/// AMEFF geometry (`/gemma/views/SLUG/` and `/gemma/views/SLUG.svg`), an index of them
/// (`/gemma/views/`), and per organisation its applicaties placed on the views
/// (`/leveranciers/SLUG/gemma/`; on the gemeenten site also `/gemeenten/SLUG/gemma/` and
/// `/samenwerkingen/SLUG/gemma/`). An organisation's page shows the view's `.svg` as a picture
/// with a small overlay of names on top, so the drawing is made once per view, not per organisation.
enum GemmaViews: InsightFeature {
    static let pageURLs = [DrawnViews.url]

    static func plan(_ context: InsightContext) -> InsightFiles {
        var result = InsightFiles()
        let index = context.index
        guard let page = context.page(DrawnViews.url) else {
            if !index.catalogus.gemma.views.isEmpty {
                result.problems.append(.error(SourceLocation(file: contentFile(context)), GemmaViewMessages.missingIndexPage))
            }
            return result
        }
        for template in ["gemmaviews", "gemmaview", "gemmalandschap"] { context.require(template, problems: &result.problems) }
        let drawn = DrawnViews(index)
        result.files.append(context.editorPage(page, template: "gemmaviews", values: GemmaViewPages.index(drawn),
                                               problems: &result.problems))
        for view in drawn.views {
            result.files.append(PlannedFile(path: view.svgPath) { view.drawing.svg(idPrefix: view.idPrefix, standalone: true) })
            result.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: view.url), template: "gemmaview") {
                GemmaViewPages.view(view, index: index, frame: context.frame)
            })
            result.published.append(PublishedURL(url: view.url, soort: .pagina))
        }
        // Which organisations get a page is decided here cheaply; what they have is gathered
        // when the page is rendered, on the rendering cores.
        let table = GemmaPlacementTable(index, drawn: drawn)
        for o in index.catalogus.organisaties where !index.isMerged(o) {
            guard let url = GemmaPlacements.url(o, index), table.landsOnViews(o, index) else { continue }
            result.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: "gemmalandschap") {
                GemmaViewPages.organisatie(o, url: url, table: table, drawn: drawn, index: index, frame: context.frame)
            })
            result.published.append(PublishedURL(url: url, soort: .pagina))
        }
        return result
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        guard let url = GemmaPlacements.url(o, index), GemmaPlacements.landsOnViews(o, index) else { return [] }
        return [InsightLink(titel: "Op de GEMMA-views", url: url)]
    }

    /// The views a referentiecomponent is drawn on, for its page, in the views' order.
    static func viewLinks(_ objectID: String, _ index: CatalogueIndex) -> [MustacheValue] {
        let views = index.catalogus.gemma.views.filter { view in view.nodes.contains { $0.objectID == objectID } }
        guard !views.isEmpty else { return [] }
        let slugs = DrawnViews.slugs(index.catalogus.gemma.views)
        return views.map { view in
            .link(view.naam, slugs[view.objectID ?? view.identifier].map { "\(DrawnViews.url)\($0)/" })
        }
    }

    /// Where the index page's text belongs, next to the editor's other pages.
    private static func contentFile(_ context: InsightContext) -> String {
        let home = context.pages.first { $0.url == "/" }?.sourcePath
        let root = home.map { String($0.dropLast("/index.md".count)) } ?? "content"
        return "\(root)\(DrawnViews.url)index.md"
    }
}

/// Messages of the GEMMA views.
enum GemmaViewMessages {
    static let missingIndexPage =
        "de GEMMA-views hebben geen overzichtspagina: maak dit bestand met 'titel' en 'beschrijving' in de front matter en een korte inleiding"
}
