/// An SVG drawing built at build time, written as bytes: valid XML, a `<title>` first, every
/// text and attribute value escaped. Drawings (charts, GEMMA views, koppelingen diagrams) append
/// elements; nothing here knows about the catalogue.
public struct SVGDocument: Sendable {
    public let width: Double
    public let height: Double
    private var body: [UInt8] = []
    private let head: [UInt8]

    /// `title` becomes the drawing's `<title>` (its accessible name); `description` its `<desc>`.
    /// `id` (optional) lets a page or another drawing refer to it; with it the title's id is
    /// `ID-titel`, so several drawings can share a page.
    public init(width: Double, height: Double, title: String, description: String? = nil, id: String? = nil, role: String = "img") {
        self.width = width
        self.height = height
        var head: [UInt8] = []
        head += Array("<svg xmlns=\"http://www.w3.org/2000/svg\"".utf8)
        if let id { head += Array(" id=\"\(SVGEscaping.attribute(id))\"".utf8) }
        head += Array(" viewBox=\"0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))\" width=\"\(SVGNumber.format(width))\" height=\"\(SVGNumber.format(height))\"".utf8)
        // Several drawings can share a page, so the title's id follows the drawing's own.
        let titleID = SVGEscaping.attribute(id.map { "\($0)-titel" } ?? "t")
        head += Array(" role=\"\(SVGEscaping.attribute(role))\" aria-labelledby=\"\(titleID)\">".utf8)
        head += Array("<title id=\"\(titleID)\">\(SVGEscaping.text(title))</title>".utf8)
        if let description { head += Array("<desc>\(SVGEscaping.text(description))</desc>".utf8) }
        self.head = head
    }

    /// Opens an element: `open("g", ["class": "balk"])`. Attributes are written in the order given.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        body.append(UInt8(ascii: "<"))
        body.append(contentsOf: name.utf8)
        write(attributes)
        body.append(UInt8(ascii: ">"))
    }

    public mutating func close(_ name: String) {
        body.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
        body.append(contentsOf: name.utf8)
        body.append(UInt8(ascii: ">"))
    }

    /// An element without content: `element("rect", [("x", "0"), …])`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = []) {
        body.append(UInt8(ascii: "<"))
        body.append(contentsOf: name.utf8)
        write(attributes)
        body.append(contentsOf: [UInt8(ascii: "/"), UInt8(ascii: ">")])
    }

    /// An element holding escaped text: `text("text", "Zaaksysteem", [("x", "4")])`.
    public mutating func element(_ name: String, text: String, _ attributes: [(String, String)] = []) {
        open(name, attributes)
        body.append(contentsOf: SVGEscaping.text(text).utf8)
        close(name)
    }

    /// A `<title>` inside the current element: the tooltip browsers show on hover.
    public mutating func tooltip(_ text: String) {
        element("title", text: text)
    }

    /// Markup a drawing wrote itself with `SVGBytes` (escaped on the way in), appended as it is.
    mutating func append(_ bytes: SVGBytes) {
        body.append(contentsOf: bytes.bytes)
    }

    /// The whole file, with an XML declaration (for the downloadable `.svg`).
    public var file: [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8) + inline + [UInt8(ascii: "\n")]
    }

    /// The `<svg>` element alone, to put inside an HTML page.
    public var inline: [UInt8] {
        head + body + Array("</svg>".utf8)
    }

    private mutating func write(_ attributes: [(String, String)]) {
        // Straight into the bytes: drawings with thousands of attributes are written per page.
        for (name, value) in attributes {
            body.append(UInt8(ascii: " "))
            body.append(contentsOf: name.utf8)
            body.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
            body.append(contentsOf: SVGEscaping.attribute(value).utf8)
            body.append(UInt8(ascii: "\""))
        }
    }
}

/// Numbers in SVG: at most two decimals, no trailing zeros, never locale-dependent.
public enum SVGNumber {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        if hundredths == hundredths.rounded(.towardZero), Int(hundredths) % 100 == 0 { return String(Int(hundredths) / 100) }
        let whole = Int(hundredths) / 100, part = abs(Int(hundredths) % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        let decimals = part % 10 == 0 ? String(part / 10) : (part < 10 ? "0\(part)" : String(part))
        return "\(sign)\(whole).\(decimals)"
    }
}

/// Escaping for SVG's XML: text content and attribute values. Characters XML 1.0 forbids are dropped.
public enum SVGEscaping {
    public static func text(_ value: String) -> String { escape(value, quotes: false) }
    public static func attribute(_ value: String) -> String { escape(value, quotes: true) }

    private static func escape(_ value: String, quotes: Bool) -> String {
        // Most values (numbers, colours, names) need nothing: give them back as they are.
        // 0xEF leads U+FFFE and U+FFFF in UTF-8, so such a value takes the slow path.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == 0xEF }) {
            return value
        }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\n" where quotes: out += "&#10;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
