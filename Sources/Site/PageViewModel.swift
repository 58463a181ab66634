import Content
import Mustache

/// The frame every page shares (site texts, menu with the current page marked, breadcrumb, title,
/// canonical link, indexing), with each page kind's own values added under its own key.
struct PageFrame: Sendable {
    var layout: LayoutViewModel
    var site: MustacheValue
    /// Titles of the editor's pages by URL, for breadcrumbs.
    var titles: [String: String]
    /// The menu as every page below a section shows it (that section marked active), built once
    /// rather than for each of thousands of catalogue pages.
    private var menusBelow: [String: MustacheValue] = [:]

    init(layout: LayoutViewModel, titles: [String: String], sections: [String] = []) {
        self.layout = layout
        self.site = layout.site
        self.titles = titles
        for section in sections {
            // No menu item links below a section, so "section + a slug" marks only the section.
            menusBelow[section] = layout.menu(current: section + "\u{0}/")
        }
    }

    /// `section` says the page is a catalogue page below that overview, for the shared menu.
    func value(url: String, titel: String, beschrijving: String, isNotFound: Bool = false, section: String? = nil,
               pagina extra: [String: MustacheValue] = [:], kind: [String: MustacheValue] = [:]) -> MustacheValue {
        let breadcrumb = isNotFound ? MustacheValue.list([]) : layout.breadcrumb(for: url, titles: titles)
        var pagina: [String: MustacheValue] = [
            "titel": .string(titel),
            "beschrijving": .string(beschrijving),
            "url": .string(url),
            "canonical": isNotFound ? .null : layout.canonical(for: url),
            "noindex": .bool(layout.settings.audience == .gemeenten || isNotFound),
            "kruimelpad": breadcrumb,
            "heeft_kruimelpad": .bool(breadcrumb != .list([])),
        ]
        pagina.merge(extra) { _, new in new }
        let menu = section.flatMap { menusBelow[$0] } ?? layout.menu(current: url)
        var value: [String: MustacheValue] = ["site": site, "menu": menu, "pagina": .object(pagina)]
        value.merge(kind) { _, new in new }
        return .object(value)
    }
}

/// What `pagina.mustache` (or a page's own `sjabloon`) sees of an editor's page: the frame plus
/// the page's text and subpages, and the catalogue's counts for the home page.
enum PageViewModel {
    static func make(_ page: Page, frame: PageFrame, subpagesByParent: [String: MustacheValue], kind: [String: MustacheValue]) -> MustacheValue {
        let none = MustacheValue.list([])
        // The home page's children are the whole menu already.
        let subpages = page.url == "/" || page.isNotFoundPage ? none : subpagesByParent[page.url] ?? none
        return frame.value(
            url: page.url, titel: page.frontMatter.titel, beschrijving: page.frontMatter.beschrijving,
            isNotFound: page.isNotFoundPage,
            pagina: [
                "inhoud": .html(page.body.html),
                "subpaginas": subpages,
                "heeft_subpaginas": .bool(subpages != none),
            ],
            kind: kind)
    }
}
