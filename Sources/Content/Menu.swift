import Diagnostics
import Markdown

/// The main menu, from `content/menu.md`: a markdown list of links, a nested list is a submenu.
public struct Menu: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var title: String
        public var url: String
        public var children: [Item]
    }

    public var items: [Item]
    public static let fileName = "menu.md"

    /// Every internal link must point at a page in `pageURLs`; external links must be `https://` or `http://`.
    static func parse(_ file: SourceFile, pageURLs: Set<String>, root: String = "content") -> (Menu?, [Diagnostic]) {
        let text: String
        switch UTF8Check.decode(file) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (nil, [problem])
        }
        let outline = Markdown.outline(text)
        var problems = outline.problems.map { problem -> Diagnostic in
            switch problem {
            case .notAList(let p): .error(location(file, p), ContentMessages.menuNotAList)
            case .notALink(let p): .error(location(file, p), ContentMessages.menuItemNotALink)
            case .tooDeep(let p): .error(location(file, p), ContentMessages.menuTooDeep)
            }
        }
        func convert(_ item: LinkOutline.Item) -> Item {
            if let problem = check(item.url, pageURLs: pageURLs, root: root) {
                problems.append(.error(location(file, item.position), problem))
            }
            if item.text.allSatisfy(\.isWhitespace) {
                problems.append(.error(location(file, item.position), ContentMessages.menuItemWithoutText))
            }
            return Item(title: item.text, url: item.url, children: item.children.map(convert))
        }
        let items = outline.items.map(convert)
        return (Menu(items: items), problems)
    }

    private static func check(_ url: String, pageURLs: Set<String>, root: String) -> String? {
        if url.hasPrefix("https://") || url.hasPrefix("http://") { return nil }
        guard url.hasPrefix("/") else { return ContentMessages.menuLinkNotRooted(url) }
        let path = String(url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
        if pageURLs.contains(path) || pageURLs.contains(path + "/") { return nil }
        let trimmed = path.split(separator: "/").joined(separator: "/")
        let candidates = trimmed.isEmpty ? ["\(root)/index.md"] : ["\(root)/\(trimmed).md", "\(root)/\(trimmed)/index.md"]
        return ContentMessages.menuLinkBroken(url, candidates: candidates)
    }

    private static func location(_ file: SourceFile, _ position: LinkOutline.Position) -> SourceLocation {
        SourceLocation(file: file.displayPath, line: position.line, column: position.column)
    }
}
