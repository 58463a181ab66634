import Mustache

/// One file the build will write: where, with which template, from which view model.
public struct PlannedFile: Sendable {
    /// Path inside the output folder (`over/toegang/index.html`), always relative and clean.
    public var path: String
    public var template: String
    public var value: MustacheValue

    public init(path: String, template: String, value: MustacheValue) {
        self.path = path
        self.template = template
        self.value = value
    }

    /// `/` → `index.html`, `/over/` → `over/index.html`, `/404.html` → `404.html`.
    public static func outputPath(forURL url: String) -> String {
        let trimmed = url.drop { $0 == "/" }
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : String(trimmed)
    }
}
