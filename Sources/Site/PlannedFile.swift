import Mustache

/// One file the build will write: where, with which template, from which view model.
/// The view model is made when the page is rendered, so thousands of large view models never
/// have to be in memory at once.
public struct PlannedFile: Sendable {
    /// Path inside the output folder (`over/toegang/index.html`), always relative and clean.
    public var path: String
    public var template: String
    private let makeValue: @Sendable () -> MustacheValue

    public init(path: String, template: String, value: MustacheValue) {
        self.init(path: path, template: template) { value }
    }

    public init(path: String, template: String, makeValue: @escaping @Sendable () -> MustacheValue) {
        self.path = path
        self.template = template
        self.makeValue = makeValue
    }

    /// The view model; made anew on every call.
    public var value: MustacheValue { makeValue() }

    /// `/` → `index.html`, `/over/` → `over/index.html`, `/404.html` → `404.html`.
    public static func outputPath(forURL url: String) -> String {
        let trimmed = url.drop { $0 == "/" }
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : String(trimmed)
    }
}
