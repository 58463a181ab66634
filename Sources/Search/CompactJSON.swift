import JSON

/// The JSON of the index files: no whitespace, object keys sorted, non-ASCII as UTF-8, only the
/// escapes JSON requires (plus U+2028 and U+2029, which older JavaScript parsers refuse). The
/// same value always gives the same bytes.
indirect enum CompactJSON: Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([CompactJSON])
    case object([String: CompactJSON])

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let text): Self.writeString(text, into: &out)
        case .int(let number): out += String(number).utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                element.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            // Sorted by their UTF-8 bytes, so the order never depends on the locale or a hash seed.
            for (position, key) in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                fields[key]!.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeString(_ text: String, into out: inout [UInt8]) {
        JSONWriter.appendString(text, to: &out)
    }
}
