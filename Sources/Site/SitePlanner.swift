import Content
import Diagnostics
import Mustache

/// Decides every file of the site and the view model it is rendered from. Pure: no disk, no clock.
public enum SitePlanner {
    public static let defaultPageTemplate = "pagina"

    /// `templates` are the names the template set holds, so that a page's `sjabloon` can be checked here,
    /// where its line is known.
    public static func plan(_ content: SiteContent, settings: SiteSettings, templates: Set<String>) -> ([PlannedFile], DiagnosticList) {
        var problems = DiagnosticList()
        let layout = LayoutViewModel(texts: content.texts, menu: content.menu, settings: settings)
        let site = layout.site
        let titles = Dictionary(content.pages.map { ($0.url, $0.frontMatter.titel) }, uniquingKeysWith: { a, _ in a })
        var files: [PlannedFile] = []
        for page in content.pages {
            let template = page.frontMatter.sjabloon ?? defaultPageTemplate
            guard templates.contains(template) else {
                let at = SourceLocation(file: page.sourcePath, line: page.frontMatter.sjabloonLine ?? 1, column: 1)
                problems.append(.error(at, SiteMessages.unknownTemplate(template, known: templates)))
                continue
            }
            let breadcrumb = page.isNotFoundPage ? MustacheValue.list([]) : layout.breadcrumb(for: page.url, titles: titles)
            // The home page's children are the whole menu already.
            let subpages = page.url == "/" || page.isNotFoundPage ? MustacheValue.list([]) : LayoutViewModel.subpages(of: page.url, in: content.pages)
            let value = MustacheValue.object([
                "site": site,
                "menu": layout.menu(current: page.url),
                "pagina": .object([
                    "titel": .string(page.frontMatter.titel),
                    "beschrijving": .string(page.frontMatter.beschrijving),
                    "url": .string(page.url),
                    "canonical": page.isNotFoundPage ? .null : layout.canonical(for: page.url),
                    "noindex": .bool(settings.audience == .gemeenten || page.isNotFoundPage),
                    "kruimelpad": breadcrumb,
                    "heeft_kruimelpad": .bool(breadcrumb != .list([])),
                    "inhoud": .html(page.body.html),
                    "subpaginas": subpages,
                    "heeft_subpaginas": .bool(subpages != .list([])),
                ]),
            ])
            files.append(PlannedFile(path: PlannedFile.outputPath(forURL: page.url), template: template, value: value))
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
