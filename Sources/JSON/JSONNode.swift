/// A parsed JSON value with the position (1-based line and column, column counted in characters) where it starts.
///
/// "Characters" are Swift `Character`s (grapheme clusters), as an editor shows them: "ë" and "🇳🇱" are one
/// column each. A byte order mark at the start of the file takes no column.
public struct JSONNode: Sendable, Equatable {
    public var value: JSONNodeValue
    public var line: Int
    public var column: Int

    /// A value standing at `line`, `column`.
    public init(value: JSONNodeValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// What a `JSONNode` holds; containers hold nodes, so every nested value keeps its position.
public enum JSONNodeValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The literal as written, e.g. "12", "-3.5e2"; its grammar has been checked.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in source order; duplicate keys are kept so that the caller can report them.
    case object([JSONMember])
}

/// One `"key": value` pair of an object, with the position of the key's opening quote.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var keyLine: Int
    public var keyColumn: Int
    public var value: JSONNode

    /// A member whose key starts at `keyLine`, `keyColumn`.
    public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
