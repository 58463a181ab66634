/// How forgiving the engine is.
public struct MustacheOptions: Sendable, Equatable {
    /// Strict mode turns silent Mustache fallbacks into errors: unknown names, missing partials,
    /// raw output of plain text, lists or objects printed as text, text directly inside `{{<parent}}`.
    public var strict: Bool

    /// Creates options; prefer `.strict` or `.spec`.
    public init(strict: Bool) { self.strict = strict }

    /// For our own templates: every silent fallback is an error with a template location.
    public static let strict = MustacheOptions(strict: true)
    /// Behaves as the official Mustache spec prescribes; used to run the spec tests.
    public static let spec = MustacheOptions(strict: false)
}
