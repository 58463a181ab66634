import Content
import Mustache

/// What `pagina.mustache` (or a page's own `sjabloon`) sees of an editor's page: the layout's
/// values plus the page's title, text, breadcrumb and subpages, all ready to print.
enum PageViewModel {
    /// What every page shares, computed once per build.
    struct Context: Sendable {
        var layout: LayoutViewModel
        var site: MustacheValue
        var titles: [String: String]
        var subpagesByParent: [String: MustacheValue]
    }

    static func make(_ page: Page, _ context: Context) -> MustacheValue {
        let layout = context.layout
        let none = MustacheValue.list([])
        let breadcrumb = page.isNotFoundPage ? none : layout.breadcrumb(for: page.url, titles: context.titles)
        // The home page's children are the whole menu already.
        let subpages = page.url == "/" || page.isNotFoundPage ? none : context.subpagesByParent[page.url] ?? none
        return .object([
            "site": context.site,
            "menu": layout.menu(current: page.url),
            "pagina": .object([
                "titel": .string(page.frontMatter.titel),
                "beschrijving": .string(page.frontMatter.beschrijving),
                "url": .string(page.url),
                "canonical": page.isNotFoundPage ? .null : layout.canonical(for: page.url),
                "noindex": .bool(layout.settings.audience == .gemeenten || page.isNotFoundPage),
                "kruimelpad": breadcrumb,
                "heeft_kruimelpad": .bool(breadcrumb != none),
                "inhoud": .html(page.body.html),
                "subpaginas": subpages,
                "heeft_subpaginas": .bool(subpages != none),
            ]),
        ])
    }
}
