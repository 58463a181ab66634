import Parallel
import Diagnostics

/// Everything editors write: pages, the menu and the site's fixed texts.
public struct SiteContent: Sendable, Equatable {
    /// Sorted by URL.
    public var pages: [Page]
    public var menu: Menu
    public var texts: SiteTexts
    /// The content folder as messages name it (`content`, or what `--content` said).
    public var root: String = "content"

    /// Parses the files of `content/` (as `ContentReader` found them). `otherURLs` are pages that
    /// other stages will publish, so the menu may link to them. All problems come back together.
    public static func parse(_ files: [SourceFile], root: String = "content", otherURLs: Set<String> = []) -> (SiteContent?, DiagnosticList) {
        var problems = DiagnosticList()
        let pageFiles = files.filter { isPage($0.relativePath) }
        let results = parallelMap(pageFiles, PageParser.parse)
        var pages: [Page] = []
        for (page, pageProblems) in results {
            problems.append(contentsOf: pageProblems)
            if let page { pages.append(page) }
        }
        pages.sort { $0.url < $1.url }
        for (a, b) in zip(pages, pages.dropFirst()) where a.url == b.url {
            problems.append(.error(SourceLocation(file: b.sourcePath), ContentMessages.duplicateURL(b.url, other: a.sourcePath)))
        }

        let texts = special(SiteTexts.fileName, in: files, root: root, missing: ContentMessages.missingSiteTexts, problems: &problems, SiteTexts.parse)
        // Pages that failed to parse still exist: a menu link to them is not a second problem.
        let knownURLs = Set(pageFiles.compactMap { PageURL.url(forRelativePath: $0.relativePath) }).union(otherURLs)
        let menu = special(Menu.fileName, in: files, root: root, missing: ContentMessages.missingMenu, problems: &problems) {
            Menu.parse($0, pageURLs: knownURLs, root: root)
        }
        guard let texts, let menu, !problems.hasErrors else { return (nil, problems) }
        return (SiteContent(pages: pages, menu: menu, texts: texts, root: root), problems)
    }

    /// Markdown files are pages, except the menu and files or folders whose name starts with `_`.
    static func isPage(_ relativePath: String) -> Bool {
        relativePath.hasSuffix(".md") && relativePath != Menu.fileName
            && !relativePath.split(separator: "/").contains { $0.hasPrefix("_") }
    }

    private static func special<T>(
        _ name: String, in files: [SourceFile], root: String, missing: String, problems: inout DiagnosticList,
        _ parse: (SourceFile) -> (T?, [Diagnostic])
    ) -> T? {
        guard let file = files.first(where: { $0.relativePath == name }) else {
            problems.append(.error(SourceLocation(file: "\(root)/\(name)"), missing))
            return nil
        }
        let (value, found) = parse(file)
        problems.append(contentsOf: found)
        return value
    }
}
