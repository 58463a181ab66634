import Diagnostics
import Markdown

/// An editor's page: `content/over/toegang.md`, published at `/over/toegang/`.
public struct Page: Sendable, Equatable {
    public var sourcePath: String
    /// Root-relative URL with a trailing slash (`/over/toegang/`), or `/404.html` for the not-found page.
    public var url: String
    public var frontMatter: FrontMatter
    public var body: MarkdownDocument

    public var isNotFoundPage: Bool { url == PageURL.notFound }
}

/// Where a content file is published.
public enum PageURL {
    public static let notFound = "/404.html"

    /// `index.md` → `/`, `over/index.md` → `/over/`, `over/toegang.md` → `/over/toegang/`,
    /// `404.md` → `/404.html`. Nil when a path segment is not a clean URL segment.
    static func url(forRelativePath path: String) -> String? {
        guard path.hasSuffix(".md") else { return nil }
        var segments = path.dropLast(3).split(separator: "/").map(String.init)
        if segments == ["404"] { return notFound }
        if segments.last == "index" { segments.removeLast() }
        guard segments.allSatisfy(isCleanSegment) else { return nil }
        return segments.isEmpty ? "/" : "/" + segments.joined(separator: "/") + "/"
    }

    /// Lower-case ASCII letters, digits and inner hyphens: nothing that can leave the output folder.
    static func isCleanSegment(_ segment: String) -> Bool {
        !segment.isEmpty && segment == Slug.make(segment)
    }
}

enum PageParser {
    static func parse(_ file: SourceFile) -> (Page?, [Diagnostic]) {
        let text: String
        switch UTF8Check.decode(file) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (nil, [problem])
        }
        var problems: [Diagnostic] = []
        guard let url = PageURL.url(forRelativePath: file.relativePath) else {
            let name = String(file.relativePath.split(separator: "/").last ?? "")
            let suggestion = file.relativePath.dropLast(3).split(separator: "/").map { Slug.make(String($0)) }.joined(separator: "/") + ".md"
            problems.append(.error(SourceLocation(file: file.displayPath), ContentMessages.badFileName(name, suggestion: suggestion)))
            return (nil, problems)
        }
        let (parsed, frontMatterProblems) = FrontMatterParser.parse(
            text, file: file.displayPath, allowed: FrontMatter.allowedKeys, required: FrontMatter.requiredKeys)
        problems += frontMatterProblems
        guard let parsed else { return (nil, problems) }
        let (frontMatter, valueProblems) = FrontMatter.make(parsed.values, file: file.displayPath)
        problems += valueProblems
        let page = Page(sourcePath: file.displayPath, url: url, frontMatter: frontMatter, body: Markdown.render(parsed.body, reservedIDs: PageAnchors.reserved))
        return (page, problems)
    }
}
