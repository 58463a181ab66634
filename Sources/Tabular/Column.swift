/// One column of a `Table`: its header text and, optionally, a fixed width.
public struct Column: Sendable, Equatable {
    /// The header text, written as the first row.
    public var name: String
    /// The XLSX column width in characters, kept within the 1–255 Excel accepts; `nil` measures
    /// the content (8–60, see `XLSX`). CSV has no widths.
    public var width: Int?

    /// A column headed `name`, `width` characters wide in XLSX or measured when `nil`.
    public init(_ name: String, width: Int? = nil) {
        self.name = name
        self.width = width
    }
}

extension Column: ExpressibleByStringLiteral {
    /// A measured column headed by the literal, so a header reads `["Naam", "Versie"]`.
    public init(stringLiteral name: String) {
        self.init(name)
    }
}
