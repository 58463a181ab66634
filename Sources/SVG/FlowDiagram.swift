/// A drawing of flows between boxes (the koppelingen of a landscape): boxes in columns from
/// `FlowLayout`, band boxes in a shaded column of their own with its heading, lines with
/// arrowheads at the ends the caller asks for, a tooltip (`<title>`) on every line and box, and
/// boxes that link to a page. Knows nothing about the catalogue.
public enum FlowDiagram {
    /// A box: its label (shortened to fit; the tooltip has it whole), where it links to, and
    /// whether it belongs in the band.
    public struct Box: Sendable, Equatable {
        public var label: String
        public var tooltip: String
        public var href: String?
        public var inBand: Bool
        /// `labelLines(label)`, when the caller made it already (once for many drawings).
        public var labelLines: [String]?

        public init(label: String, tooltip: String, href: String? = nil, inBand: Bool = false, labelLines: [String]? = nil) {
            self.label = label
            self.tooltip = tooltip
            self.href = href
            self.inBand = inBand
            self.labelLines = labelLines
        }
    }

    /// How a line is drawn: solid, dashed (not yet in use) or dotted (on its way out).
    public enum Stroke: String, Sendable {
        case solid, dashed, dotted
    }

    /// A line between two boxes (positions in the box list) with arrowheads where data arrives.
    public struct Line: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var arrowAtFrom: Bool
        public var arrowAtTo: Bool
        public var tooltip: String
        public var stroke: Stroke

        public init(from: Int, to: Int, arrowAtFrom: Bool, arrowAtTo: Bool, tooltip: String, stroke: Stroke = .solid) {
            self.from = from
            self.to = to
            self.arrowAtFrom = arrowAtFrom
            self.arrowAtTo = arrowAtTo
            self.tooltip = tooltip
            self.stroke = stroke
        }
    }

    /// The texts of the drawing itself.
    public struct Texts: Sendable, Equatable {
        public var title: String
        public var description: String?
        /// Above the columns of ordinary boxes, and above the band.
        public var heading: String
        public var bandHeading: String

        public init(title: String, description: String? = nil, heading: String, bandHeading: String) {
            self.title = title
            self.description = description
            self.heading = heading
            self.bandHeading = bandHeading
        }
    }

    static let boxWidth = 180.0, boxHeight = 40.0
    /// About what fits on a line of a box at 13px in a wide sans-serif font (DejaVu Sans).
    static let maxLine = 21
    static let marker = "stromen-pijl"
    /// The rest of a box's `<rect>` after its position.
    static let boxSize = "\" width=\"\(SVGNumber.format(boxWidth))\" height=\"\(SVGNumber.format(boxHeight))\" rx=\"4\""

    public static func draw(_ boxes: [Box], _ lines: [Line], texts: Texts) -> SVGDocument {
        var spacing = FlowLayout.Spacing()
        spacing.columnGap = 60
        spacing.bandGap = 30
        let layout = FlowLayout.layout(boxes.map { FlowLayout.Node(width: boxWidth, height: boxHeight, inBand: $0.inBand) },
                                       lines.map { FlowLayout.Edge(from: $0.from, to: $0.to) }, spacing: spacing)
        var svg = SVGDocument(width: layout.width, height: layout.height, title: texts.title, description: texts.description, role: "document")
        // Written straight as bytes (a gemeente's drawing has a hundred boxes and lines, on
        // hundreds of pages); the markup is what `SVGDocument`'s elements would write.
        var out = SVGBytes(capacity: 2048 + lines.count * 700 + boxes.count * 400)
        out.raw("<defs><marker id=\"\(marker)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
        out.raw(" orient=\"auto-start-reverse\" markerUnits=\"strokeWidth\"><path d=\"M0 0L10 5L0 10z\" fill=\"#333333\"/></marker></defs>")
        // Its own white ground, so the drawing reads the same on a dark page.
        out.raw("<rect width=\"\(n(layout.width))\" height=\"\(n(layout.height))\" fill=\"#ffffff\"/>")
        let font = " font-family=\"system-ui, sans-serif\" font-size=\"13\""
        if boxes.contains(where: { !$0.inBand }) {
            out.raw("<text x=\"16\" y=\"24\" font-weight=\"700\"\(font) fill=\"#1a1a1a\">")
            out.text(texts.heading)
            out.raw("</text>")
        }
        if let bandX = layout.bandX {
            out.raw("<rect x=\"\(n(bandX - 14))\" y=\"4\" width=\"\(n(boxWidth + 28))\" height=\"\(n(layout.height - 8))\"")
            out.raw(" rx=\"6\" fill=\"#f5efe3\" stroke=\"#8a6a2f\" stroke-dasharray=\"4 3\"/>")
            out.raw("<text x=\"\(n(bandX))\" y=\"24\" font-weight=\"700\"\(font) fill=\"#4d3a12\">")
            out.text(texts.bandHeading)
            out.raw("</text>")
        }
        out.raw("<g class=\"stromen-lijnen\" fill=\"none\" stroke=\"#4a4a4a\" stroke-width=\"1.5\">")
        var d = SVGBytes(capacity: 256)
        for (line, route) in zip(lines, layout.routes) {
            // Only numbers and path letters: nothing to escape.
            d.removeAll()
            path(route.map(whole), into: &d)
            out.raw("<g class=\"stroom\"><title>")
            out.text(line.tooltip)
            out.raw("</title><path d=\"")
            out.raw(d.bytes)
            out.raw("\" stroke=\"transparent\" stroke-width=\"12\"/><path class=\"lijn\" d=\"")
            out.raw(d.bytes)
            out.raw("\"")
            switch line.stroke {
            case .solid: break
            case .dashed: out.raw(" stroke-dasharray=\"7 4\"")
            case .dotted: out.raw(" stroke-dasharray=\"2 3\"")
            }
            if line.arrowAtFrom { out.raw(" marker-start=\"url(#\(marker))\"") }
            if line.arrowAtTo { out.raw(" marker-end=\"url(#\(marker))\"") }
            out.raw("/></g>")
        }
        out.raw("</g><g class=\"stromen-knopen\" stroke-width=\"1.2\"\(font)>")
        for (box, at) in zip(boxes, layout.positions.map(whole)) {
            if let href = box.href {
                out.raw("<a")
                out.attribute("href", href)
                out.raw("><title>")
            } else {
                out.raw("<g><title>")
            }
            out.text(box.tooltip)
            out.raw("</title><rect x=\"")
            out.decimal(at.x)
            out.raw("\" y=\"")
            out.decimal(at.y)
            out.raw(boxSize)
            out.raw(box.inBand ? " fill=\"#fff8ec\" stroke=\"#8a6a2f\"/>" : " fill=\"#e8f0f8\" stroke=\"#1f4e79\"/>")
            let label = box.labelLines ?? labelLines(box.label)
            out.raw("<text x=\"")
            out.decimal(at.x + 8)
            out.raw("\" y=\"")
            out.decimal(at.y + boxHeight / 2 + 4.5 - Double(label.count - 1) * 7.5)
            out.raw("\"")
            out.raw(box.href == nil ? " fill=\"#1a1a1a\">" : " fill=\"#0b3d6e\">")
            for (i, line) in label.enumerated() {
                if i == 0 {
                    out.raw("<tspan>")
                } else {
                    out.raw("<tspan x=\"")
                    out.decimal(at.x + 8)
                    out.raw("\" dy=\"15\">")
                }
                out.text(line)
                out.raw("</tspan>")
            }
            out.raw(box.href == nil ? "</text></g>" : "</text></a>")
        }
        out.raw("</g>")
        svg.append(out)
        return svg
    }

    /// A smooth line through the route's points: each step a curve that leaves and arrives horizontally.
    static func path(_ route: [FlowLayout.Point], into d: inout SVGBytes) {
        guard let first = route.first else { return }
        d.raw("M")
        d.decimal(first.x)
        d.raw(" ")
        d.decimal(first.y)
        for (a, b) in zip(route, route.dropFirst()) {
            if a.y == b.y || a.x == b.x {
                d.raw("L")
            } else {
                let half = (b.x - a.x) / 2
                d.raw("C")
                d.decimal(a.x + half)
                d.raw(" ")
                d.decimal(a.y)
                d.raw(" ")
                d.decimal(b.x - half)
                d.raw(" ")
                d.decimal(b.y)
                d.raw(" ")
            }
            d.decimal(b.x)
            d.raw(" ")
            d.decimal(b.y)
        }
    }

    static func path(_ route: [FlowLayout.Point]) -> String {
        var d = SVGBytes()
        path(route, into: &d)
        return String(decoding: d.bytes, as: UTF8.self)
    }

    private static func n(_ value: Double) -> String { SVGNumber.format(value) }

    /// Whole points: sharp edges, and short numbers in the file.
    private static func whole(_ p: FlowLayout.Point) -> FlowLayout.Point { .init(x: p.x.rounded(), y: p.y.rounded()) }
}
