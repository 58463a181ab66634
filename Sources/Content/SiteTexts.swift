import Diagnostics
import Markdown

/// The site's fixed texts, from `content/_site.md`: nothing a visitor reads is written in Swift.
public struct SiteTexts: Sendable, Equatable {
    /// Keys of `_site.md`'s front matter and the texts they hold, e.g. `naam`, `overslaan`.
    public var values: [String: String]
    /// The footer, from the body of `_site.md`.
    public var footer: MarkdownDocument

    public subscript(key: String) -> String { values[key] ?? "" }

    public static let fileName = "_site.md"
    /// Every key is required, so a template never shows an empty label.
    public static let keys = ["naam", "beschrijving", "overslaan", "menulabel", "kruimelpadlabel", "home", "onderdeellabel"]

    static func parse(_ file: SourceFile) -> (SiteTexts?, [Diagnostic]) {
        let text: String
        switch UTF8Check.decode(file) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (nil, [problem])
        }
        let (parsed, problems) = FrontMatterParser.parse(text, file: file.displayPath, allowed: keys, required: keys)
        guard let parsed else { return (nil, problems) }
        return (SiteTexts(values: parsed.values.mapValues(\.value), footer: Markdown.render(parsed.body)), problems)
    }
}
