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

    /// A target as text: `<a href…><title>label` … `</title><rect…/></a>`, and per line its `<text…>`.
    private struct Prepared: Sendable {
        var head: String
        var body: String
        var lines: [String]
        var width: Double
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
            let lines = (0..<room).map { i in "<text x=\"\(n(s.x + 3))\" y=\"\(n(s.y + 11 + Double(i) * Self.lineHeight))\">" }
            return Prepared(head: String(decoding: head.bytes, as: UTF8.self), body: String(decoding: body.bytes, as: UTF8.self),
                            lines: lines, width: s.w - 6)
        }
    }

    /// An `<svg>` of the view's size with, for each `(target, names)` of `items` (in target
    /// order), the names `lists[names]` in that target; `idPrefix` keeps ids apart on a page with
    /// several. Names that do not fit end in "…", and a box with more names than lines says how
    /// many more; the tooltip always has them all. Text, ready for an HTML page.
    public func svg(title: String, idPrefix: String, items: [(target: Int, names: Int)], lists: [Names]) -> String {
        var head = SVGBytes(capacity: 512)
        ViewDrawing.openSVG(&head, width: width, height: height, idPrefix: idPrefix, role: nil, title: title, description: nil)
        var out = String(decoding: head.bytes, as: UTF8.self)
        out.reserveCapacity(8192 + items.count * 160)
        // Paint shared on two groups, so each box costs only its position and names: the boxes
        // (links, with every name in their tooltip), then the names over them, letting clicks through.
        out.append("<g font-family=\"Segoe UI, Arial, sans-serif\" font-size=\"11\">")
        out.append("<g fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#1f3f73\">")
        var texts = ""
        texts.reserveCapacity(items.count * 100)
        for (i, n) in items where prepared.indices.contains(i) && lists[n].count > 0 {
            let target = prepared[i]
            guard !target.lines.isEmpty else { continue }
            let all = lists[n].names
            let room = target.lines.count
            let shown = all.count > room ? (room == 1 ? 0 : room - 1) : all.count
            out.append(target.head)
            // The names go into the tooltip only when the box cannot show them all in full.
            if shown < all.count || (0..<shown).contains(where: { all[$0].width > target.width }) {
                out.append(": ")
                out.append(lists[n].tooltip)
            }
            out.append(target.body)
            if shown == 0 {
                texts.append(target.lines[0])
                texts.append("\(all.count) applicaties</text>")
                continue
            }
            for k in 0..<shown {
                texts.append(target.lines[k])
                all[k].fitted(target.width, into: &texts)
                texts.append("</text>")
            }
            if shown < all.count {
                texts.append(target.lines[shown])
                texts.append("+ \(all.count - shown) meer</text>")
            }
        }
        out.append("</g><g fill=\"#10253f\" pointer-events=\"none\">")
        out.append(texts)
        out.append("</g></g></svg>")
        return out
    }
}
