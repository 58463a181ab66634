/// A value a template can see. View models are converted to this.
///
/// Truthiness follows the Mustache spec's JavaScript heritage: `null`, `false`, `0`, an empty
/// string, empty HTML and an empty list are falsy; everything else (also an empty object) is truthy.
public enum MustacheValue: Sendable, Equatable {
    /// Absent value; renders as nothing and is falsy. In strict mode a key with this value still counts as present.
    case null
    /// A boolean; sections test it, interpolation prints `true` or `false`.
    case bool(Bool)
    /// An integer, printed without decimals.
    case int(Int)
    /// A number with decimals, printed in its shortest form (`1.21`, and `3.0` as `3`).
    case double(Double)
    /// Plain text: `{{x}}` escapes it; in strict mode `{{{x}}}` refuses it.
    case string(String)
    /// Trusted, already-safe HTML ("SafeHTML"): `{{x}}` and `{{{x}}}` both output it as is.
    case html(String)
    /// A list: a section renders once per element.
    case list([MustacheValue])
    /// An object: a section pushes it on the context stack, so its keys become visible.
    case object([String: MustacheValue])

    /// Whether a section renders its content (and an inverted section does not).
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .double(let value): value != 0
        case .string(let value), .html(let value): !value.isEmpty
        case .list(let values): !values.isEmpty
        case .object: true
        }
    }
}

extension MustacheValue: ExpressibleByStringLiteral {
    /// A string literal is plain (escaped) text, never HTML.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension MustacheValue: ExpressibleByBooleanLiteral {
    /// `true` and `false` become `.bool`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension MustacheValue: ExpressibleByIntegerLiteral {
    /// Integer literals become `.int`.
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension MustacheValue: ExpressibleByFloatLiteral {
    /// Literals with decimals become `.double`.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    /// Array literals become `.list`.
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    /// Dictionary literals become `.object`; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
