import Mustache

/// Values as Dutch readers expect them, and shorthands for building view models.
enum Format {
    /// 12345 → "12.345".
    static func number(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "." }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// 4.25 → "4,3".
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }

    /// "★★★★☆" for an average of 3.5 to 4.49.
    static func stars(_ average: Double) -> String {
        let full = max(0, min(5, Int(average.rounded())))
        return String(repeating: "★", count: full) + String(repeating: "☆", count: 5 - full)
    }

    /// "2026-06-30" → "30-06-2026".
    static func date(_ iso: String?) -> MustacheValue {
        guard let iso else { return .null }
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return .string(iso) }
        return .string("\(parts[2])-\(parts[1])-\(parts[0])")
    }
}

extension MustacheValue {
    /// A text, or null so that `{{#x}}…{{/x}}` leaves it out.
    static func text(_ value: String?) -> MustacheValue {
        guard let value, !value.isEmpty else { return .null }
        return .string(value)
    }

    /// A list and whether it has anything, for `{{#heeft_x}}<ul>{{#x}}…{{/x}}</ul>{{/heeft_x}}`.
    static func listing(_ name: String, _ items: [MustacheValue]) -> [String: MustacheValue] {
        [name: .list(items), "heeft_" + name: .bool(!items.isEmpty), "aantal_" + name: .string(Format.number(items.count))]
    }

    /// A link to a page of the site.
    static func link(_ naam: String, _ url: String?) -> MustacheValue {
        .object(["naam": .string(naam), "url": url.map(MustacheValue.string) ?? .null])
    }
}
