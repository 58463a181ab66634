/// Names written over a view drawing that is shown beneath it as a picture: for one
/// organisation, what it has in each box. Only the boxes with names are written, so an
/// organisation's view costs a few kilobytes instead of a whole drawing. Everything that is the
/// same for every organisation (links, positions, the box's name) is turned into bytes once per
/// view in `init`; `svg` only adds the names.
public struct ViewOverlay: Sendable {
    /// A box names can be written in.
    public struct Target: Sendable {
        public var slot: ViewRect
        public var link: String?
        /// The box's name: the tooltip, with "name, name, …" after it when not all names fit.
        public var label: String

        public init(slot: ViewRect, link: String?, label: String) {
            self.slot = slot
            self.link = link
            self.label = label
        }
    }

    /// A target as bytes: `<a href…><title>label: ` … `</title><rect…/></a>`, and per line its `<text…>`.
    private struct Prepared: Sendable {
        var head: [UInt8]
        var body: [UInt8]
        var lines: [[UInt8]]
        var width: Double
    }

    /// One box's names, escaped and measured once per page however many views show the box.
    public struct Names: Sendable {
        let count: Int
        let names: [String]
        let escaped: [[UInt8]]
        let widths: [Double]
        /// "name, name, …" for the tooltip, escaped.
        let tooltip: [UInt8]

        public init(_ names: [String]) {
            count = names.count
            self.names = names
            var tooltip = SVGBytes()
            var escaped: [[UInt8]] = []
            escaped.reserveCapacity(names.count)
            for (k, name) in names.enumerated() {
                if k > 0 { tooltip.raw(", ") }
                tooltip.text(name)
                var one = SVGBytes()
                one.text(name)
                escaped.append(one.bytes)
            }
            self.tooltip = tooltip.bytes
            self.escaped = escaped
            widths = names.map { TextFit.width($0, fontSize: ViewOverlay.fontSize) }
        }

        /// Name `k` as drawn in a box `width` wide.
        func line(_ k: Int, width: Double, into out: inout SVGBytes) {
            if widths[k] <= width {
                out.raw(escaped[k])
            } else {
                out.text(TextFit.ellipsis(names[k], width: width, fontSize: ViewOverlay.fontSize))
            }
        }
    }

    static let fontSize = 11.0
    static let lineHeight = 13.0

    public let width: Double
    public let height: Double
    private let prepared: [Prepared]

    public init(width: Double, height: Double, targets: [Target]) {
        self.width = width
        self.height = height
        let n = SVGNumber.format
        prepared = targets.map { target in
            let s = target.slot
            var head = SVGBytes()
            if let link = target.link {
                head.raw("<a")
                head.attribute("href", link)
                head.raw(">")
            } else {
                head.raw("<g>")
            }
            head.raw("<title>")
            head.text(target.label)
            var body = SVGBytes()
            body.raw("</title><rect x=\"\(n(s.x))\" y=\"\(n(s.y))\" width=\"\(n(s.w))\" height=\"\(n(s.h))\"/>")
            body.raw(target.link == nil ? "</g>" : "</a>")
            // The first line needs 14 px (baseline at 11 plus descent), every next one 13.
            let room = s.h < 14 ? 0 : max(1, Int(((s.h - 14) / Self.lineHeight).rounded(.down)) + 1)
            let lines = (0..<room).map { i in Array("<text x=\"\(n(s.x + 3))\" y=\"\(n(s.y + 11 + Double(i) * Self.lineHeight))\">".utf8) }
            return Prepared(head: head.bytes, body: body.bytes, lines: lines, width: s.w - 6)
        }
    }

    /// An `<svg>` of the view's size with, for each `(target, names)` of `items` (in target
    /// order), the names in that target; `idPrefix` keeps ids apart on a page with several. Names
    /// that do not fit end in "…", and a box with more names than lines says how many more; the
    /// tooltip always has them all.
    public func svg(title: String, idPrefix: String, items: [(target: Int, names: Names)]) -> [UInt8] {
        var out = SVGBytes(capacity: 16384)
        ViewDrawing.openSVG(&out, width: width, height: height, idPrefix: idPrefix, role: nil, title: title, description: nil)
        // Paint shared on two groups, so each box costs only its position and names: the boxes
        // (links, with every name in their tooltip), then the names over them, letting clicks through.
        out.raw("<g font-family=\"Segoe UI, Arial, sans-serif\" font-size=\"11\">")
        out.raw("<g fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#1f3f73\">")
        var texts = SVGBytes(capacity: 8192)
        for (i, all) in items where prepared.indices.contains(i) && all.count > 0 {
            let target = prepared[i]
            guard !target.lines.isEmpty else { continue }
            let room = target.lines.count
            let shown = all.count > room ? (room == 1 ? 0 : room - 1) : all.count
            out.raw(target.head)
            // The names go into the tooltip only when the box cannot show them all in full.
            if shown < all.count || (0..<shown).contains(where: { all.widths[$0] > target.width }) {
                out.raw(": ")
                out.raw(all.tooltip)
            }
            out.raw(target.body)
            if shown == 0 {
                texts.raw(target.lines[0])
                texts.raw("\(all.count) applicaties</text>")
                continue
            }
            for k in 0..<shown {
                texts.raw(target.lines[k])
                all.line(k, width: target.width, into: &texts)
                texts.raw("</text>")
            }
            if shown < all.count {
                texts.raw(target.lines[shown])
                texts.raw("+ \(all.count - shown) meer</text>")
            }
        }
        out.raw("</g><g fill=\"#10253f\" pointer-events=\"none\">")
        out.raw(texts.bytes)
        out.raw("</g></g></svg>")
        return out.bytes
    }
}
