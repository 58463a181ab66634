extension MustacheValue {
    /// Text of a scalar for interpolation; nil for lists and objects, which have no text form.
    var scalarText: String? {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): Self.format(value)
        case .string(let value), .html(let value): value
        case .list, .object: nil
        }
    }

    /// Shortest text that reads back as the same number; whole numbers print without `.0`.
    static func format(_ value: Double) -> String {
        // Truncating conversion instead of rounded(): it needs no libm, which executables may not link.
        if value > -1e15, value < 1e15, Double(Int(value)) == value {
            return String(Int(value))
        }
        return value.description
    }

    /// Dutch name of the kind of value, for messages.
    var kindDescription: String {
        switch self {
        case .list: "een lijst"
        case .object: "een object"
        default: "een waarde"
        }
    }
}
