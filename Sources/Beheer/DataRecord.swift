import JSON

/// One object of a data file as written: its fields in file order, unknown ones included, and where
/// it stood. Merges change records field by field, so everything they do not touch is written back as
/// it was read.
struct DataRecord: Sendable, Equatable {
    var fields: [JSONField]
    /// Where the object starts in its file (1-based), for messages.
    let line: Int
    let column: Int
    /// Its position in the file's array, for JSON paths (`$[12]`).
    let index: Int

    init(fields: [JSONField], line: Int = 0, column: Int = 0, index: Int = 0) {
        self.fields = fields
        self.line = line
        self.column = column
        self.index = index
    }

    var id: String { string("id") ?? "" }

    subscript(key: String) -> JSON? {
        // The loader refuses repeated keys, so the first is the only one.
        fields.first { $0.key == key }?.value
    }

    func string(_ key: String) -> String? {
        guard case .string(let text) = self[key] else { return nil }
        return text
    }

    /// The strings of a list field; an absent field is an empty list.
    func strings(_ key: String) -> [String] {
        guard case .array(let items) = self[key] else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    /// Whether the field holds something a reader would call filled in: non-blank text, a number,
    /// a boolean, a non-empty list or object.
    func isFilled(_ key: String) -> Bool {
        switch self[key] {
        case nil, .null: false
        case .string(let text): !text.allSatisfy(\.isWhitespace)
        case .array(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        case .number, .bool: true
        }
    }

    /// Replaces the value where the field stands, or appends the field at the end of the object.
    mutating func set(_ key: String, _ value: JSON) {
        if let position = fields.firstIndex(where: { $0.key == key }) {
            fields[position].value = value
        } else {
            fields.append(JSONField(key, value))
        }
    }

    mutating func setStrings(_ key: String, _ values: [String]) {
        set(key, .array(values.map(JSON.string)))
    }

    mutating func remove(_ key: String) {
        fields.removeAll { $0.key == key }
    }
}
