import Content
import Diagnostics
import Mustache

/// Decides every file of the site and the view model it is rendered from. Pure: no disk, no clock.
public enum SitePlanner {
    public static let defaultPageTemplate = "pagina"

    /// `templates` are the names the template set holds, so that a page's `sjabloon` can be checked here,
    /// where its line is known.
    public static func plan(_ content: SiteContent, settings: SiteSettings, templates: Set<String>) -> ([PlannedFile], DiagnosticList) {
        let layout = LayoutViewModel(texts: content.texts, menu: content.menu, settings: settings)
        let context = PageViewModel.Context(
            layout: layout, site: layout.site,
            titles: Dictionary(content.pages.map { ($0.url, $0.frontMatter.titel) }, uniquingKeysWith: { a, _ in a }),
            subpagesByParent: LayoutViewModel.subpagesByParent(content.pages))
        let planned = parallelMap(content.pages) { page -> Result<PlannedFile, Diagnostic> in
            let template = page.frontMatter.sjabloon ?? defaultPageTemplate
            guard templates.contains(template) else {
                let at = SourceLocation(file: page.sourcePath, line: page.frontMatter.sjabloonLine ?? 1, column: 1)
                return .failure(.error(at, SiteMessages.unknownTemplate(template, known: templates)))
            }
            let value = PageViewModel.make(page, context)
            return .success(PlannedFile(path: PlannedFile.outputPath(forURL: page.url), template: template, value: value))
        }
        var problems = DiagnosticList()
        var files: [PlannedFile] = []
        for result in planned {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        files += MachineFiles.plan(urls: content.pages.filter { !$0.isNotFoundPage }.map(\.url), settings: settings)
        return (files, problems)
    }
}

enum SiteMessages {
    static func unknownTemplate(_ name: String, known: Set<String>) -> String {
        let pages = known.filter { !$0.contains(".") && !$0.hasPrefix("partials/") }.sorted()
        return "het sjabloon '\(name)' bestaat niet: maak Templates/\(name).mustache aan of kies een bestaand sjabloon (\(pages.joined(separator: ", ")))"
    }
}
