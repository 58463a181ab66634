import JSON

/// Builds one JSON object field by field, leaving out absent values so files stay lean:
/// a missing optional field and an absent one mean the same in the data contract.
struct JSONObjectBuilder {
    private(set) var fields: [JSONField] = []

    mutating func add(_ key: String, _ value: String?) {
        if let value { fields.append(JSONField(key, .string(value))) }
    }

    mutating func add(_ key: String, _ value: Int?) {
        if let value { fields.append(JSONField(key, .number(String(value)))) }
    }

    mutating func add(_ key: String, _ value: Bool?) {
        if let value { fields.append(JSONField(key, .bool(value))) }
    }

    /// Arrays of strings; an empty array is left out like a missing one.
    mutating func add(_ key: String, _ values: [String]) {
        if !values.isEmpty { fields.append(JSONField(key, .array(values.map { .string($0) }))) }
    }

    mutating func add(_ key: String, json value: JSON?) {
        if let value { fields.append(JSONField(key, value)) }
    }

    var json: JSON { .object(fields) }
}

/// A value of this demo that becomes one object in a data file.
protocol JSONRecord {
    var json: JSON { get }
}
