import Content
import Mustache

/// What the base layout shows on every page: the site's texts, the menu with the current page
/// marked, the breadcrumb. Templates see these ready-made values, never the content model.
struct LayoutViewModel: Sendable {
    var texts: SiteTexts
    var menu: Menu
    var settings: SiteSettings

    var site: MustacheValue {
        var values = texts.values.mapValues(MustacheValue.string)
        values["voettekst"] = .html(texts.footer.html)
        return .object(values)
    }

    func menu(current url: String) -> MustacheValue {
        func entry(_ item: Menu.Item) -> MustacheValue {
            let isCurrent = item.url == url
            let containsCurrent = !isCurrent && item.url != "/" && url.hasPrefix(item.url)
            return .object([
                "titel": .string(item.title),
                "url": .string(item.url),
                "huidig": .bool(isCurrent),
                "actief": .bool(isCurrent || containsCurrent || item.children.contains { $0.url == url }),
                "kinderen": .list(item.children.map(entry)),
                "heeft_kinderen": .bool(!item.children.isEmpty),
            ])
        }
        return .list(self.menu.items.map(entry))
    }

    /// Home, then every ancestor folder that is itself a page; the current page is not a link.
    func breadcrumb(for url: String, titles: [String: String]) -> MustacheValue {
        guard url != "/", url.hasSuffix("/") else { return .list([]) }
        var crumbs: [MustacheValue] = [.object(["titel": .string(texts["home"]), "url": "/"])]
        var path = "/"
        for segment in url.split(separator: "/").dropLast() {
            path += segment + "/"
            if let title = titles[path] {
                crumbs.append(.object(["titel": .string(title), "url": .string(path)]))
            }
        }
        return .list(crumbs)
    }

    /// The pages one level below each folder URL (`/over/` → `/over/toegang/`, …), ordered by
    /// `volgorde` (pages without it last), then by title: how a section's pages stay reachable
    /// without a menu entry of their own. Computed once per build.
    static func subpagesByParent(_ pages: [Page]) -> [String: MustacheValue] {
        let grouped = Dictionary(grouping: pages.filter { $0.url != "/" && $0.url.hasSuffix("/") }) { page -> String in
            let trimmed = page.url.dropLast()
            return String(trimmed[...trimmed.lastIndex(of: "/")!])
        }
        return grouped.mapValues { children in
            let ordered = children.sorted {
                ($0.frontMatter.volgorde ?? Int.max, $0.frontMatter.titel, $0.url) < ($1.frontMatter.volgorde ?? Int.max, $1.frontMatter.titel, $1.url)
            }
            return .list(ordered.map {
                .object(["titel": .string($0.frontMatter.titel), "url": .string($0.url), "beschrijving": .string($0.frontMatter.beschrijving)])
            })
        }
    }

    func canonical(for url: String) -> MustacheValue {
        settings.baseURL.map { .string($0 + url) } ?? .null
    }
}
