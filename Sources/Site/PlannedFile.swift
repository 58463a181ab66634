import Mustache

/// One file the build will write: where, with which template, from which view model.
/// The view model is made when the page is rendered, so thousands of large view models never
/// have to be in memory at once.
public struct PlannedFile: Sendable {
    /// What the file is made from.
    public enum Source: Sendable {
        /// A template and the view model it is rendered from.
        case page(template: String, makeValue: @Sendable () -> MustacheValue)
        /// Bytes made by an output format (CSV, XLSX, ArchiMate), likewise only when written.
        case bytes(@Sendable () -> [UInt8])
    }

    /// Path inside the output folder (`over/toegang/index.html`), always relative and clean.
    public var path: String
    public let source: Source

    public init(path: String, template: String, value: MustacheValue) {
        self.init(path: path, template: template) { value }
    }

    public init(path: String, template: String, makeValue: @escaping @Sendable () -> MustacheValue) {
        self.path = path
        self.source = .page(template: template, makeValue: makeValue)
    }

    public init(path: String, makeBytes: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.source = .bytes(makeBytes)
    }

    /// The template of a page, nil for bytes.
    public var template: String? {
        if case .page(let template, _) = source { return template }
        return nil
    }

    /// `/` → `index.html`, `/over/` → `over/index.html`, `/404.html` → `404.html`.
    public static func outputPath(forURL url: String) -> String {
        let trimmed = url.drop { $0 == "/" }
        if trimmed.isEmpty { return "index.html" }
        return trimmed.hasSuffix("/") ? trimmed + "index.html" : String(trimmed)
    }
}
