/// Plain JSON for writing: no positions, object members in the order they should be written.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A JSON number literal such as "12" or "-3.5e2"; `JSON.integer(_:)` builds one from an `Int`.
    case number(String)
    case string(String)
    case array([JSON])
    case object([JSONField])

    /// A number from an integer, so callers need not format literals themselves.
    public static func integer(_ value: Int) -> JSON {
        .number(String(value))
    }
}

/// One member of a `JSON.object`: a key and its value (a struct, because tuples are not `Equatable`).
public struct JSONField: Sendable, Equatable {
    public var key: String
    public var value: JSON

    /// The member `"key": value`.
    public init(_ key: String, _ value: JSON) {
        self.key = key
        self.value = value
    }
}

extension JSONNode {
    /// The value without positions, e.g. to compare with what a writer produced.
    public var plain: JSON {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let literal): .number(literal)
        case .string(let text): .string(text)
        case .array(let elements): .array(elements.map(\.plain))
        case .object(let members): .object(members.map { JSONField($0.key, $0.value.plain) })
        }
    }
}
