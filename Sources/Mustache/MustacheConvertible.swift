/// A type that can be shown to a template; view models conform to it.
public protocol MustacheConvertible {
    /// The value templates see for this instance.
    var mustacheValue: MustacheValue { get }
}

extension MustacheValue: MustacheConvertible {
    /// A value converts to itself.
    public var mustacheValue: MustacheValue { self }
}

extension String: MustacheConvertible {
    /// Plain text, escaped on output.
    public var mustacheValue: MustacheValue { .string(self) }
}

extension Substring: MustacheConvertible {
    /// Plain text, escaped on output.
    public var mustacheValue: MustacheValue { .string(String(self)) }
}

extension Int: MustacheConvertible {
    /// An integer.
    public var mustacheValue: MustacheValue { .int(self) }
}

extension Double: MustacheConvertible {
    /// A number with decimals.
    public var mustacheValue: MustacheValue { .double(self) }
}

extension Bool: MustacheConvertible {
    /// A boolean, for sections such as `{{#heeftAanbieder}}`.
    public var mustacheValue: MustacheValue { .bool(self) }
}

extension Array: MustacheConvertible where Element: MustacheConvertible {
    /// A list of the converted elements.
    public var mustacheValue: MustacheValue { .list(map(\.mustacheValue)) }
}

extension Dictionary: MustacheConvertible where Key == String, Value: MustacheConvertible {
    /// An object with the converted values.
    public var mustacheValue: MustacheValue { .object(mapValues(\.mustacheValue)) }
}

extension Optional: MustacheConvertible where Wrapped: MustacheConvertible {
    /// `nil` is `.null`: the key is present, so strict mode accepts it, and sections skip it.
    public var mustacheValue: MustacheValue { self?.mustacheValue ?? .null }
}
