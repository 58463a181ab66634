/// Names written over a view drawing that is shown beneath it as a picture: for one
/// organisation, what it has in each box. Only the boxes with names are written, so an
/// organisation's view costs a few kilobytes instead of a whole drawing.
public struct ViewOverlay: Sendable {
    /// One box's names.
    public struct Item: Sendable {
        public var slot: ViewRect
        public var link: String?
        public var tooltip: String
        public var names: [String]

        public init(slot: ViewRect, link: String?, tooltip: String, names: [String]) {
            self.slot = slot
            self.link = link
            self.tooltip = tooltip
            self.names = names
        }
    }

    static let fontSize = 11.0
    static let lineHeight = 13.0

    /// An `<svg>` of the view's size holding `items`; `idPrefix` keeps ids apart on a page with several.
    public static func svg(width: Double, height: Double, title: String, idPrefix: String, items: [Item]) -> [UInt8] {
        var out = SVGBytes(capacity: 200 * items.count + 512)
        ViewDrawing.openSVG(&out, width: width, height: height, idPrefix: idPrefix, role: nil, title: title, description: nil)
        // Shared paint on the group, so each box costs only its position and names.
        out.raw("<g font-family=\"Segoe UI, Arial, sans-serif\" font-size=\"11\" fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#1f3f73\">")
        for item in items where !item.names.isEmpty && item.slot.h >= 14 {
            draw(item, into: &out)
        }
        out.raw("</g></svg>")
        return out.bytes
    }

    private static func draw(_ item: Item, into out: inout SVGBytes) {
        let s = item.slot
        if let link = item.link {
            out.raw("<a")
            out.attribute("href", link)
            out.raw(">")
        } else {
            out.raw("<g>")
        }
        out.raw("<title>")
        out.text(item.tooltip)
        out.raw("</title>")
        let n = SVGNumber.format
        out.raw("<rect x=\"\(n(s.x))\" y=\"\(n(s.y))\" width=\"\(n(s.w))\" height=\"\(n(s.h))\"/>")
        // The first line needs 14 px (baseline at 11 plus descent), every next one 13.
        let room = max(1, Int(((s.h - 14) / lineHeight).rounded(.down)) + 1)
        var shown = item.names
        if shown.count > room && room == 1 {
            shown = ["\(shown.count) applicaties"]
        } else if shown.count > room {
            let rest = shown.count - (room - 1)
            shown = Array(shown.prefix(room - 1)) + ["+ \(rest) meer"]
        }
        out.raw("<text fill=\"#10253f\" fill-opacity=\"1\" stroke=\"none\">")
        var baseline = s.y + 11
        for name in shown {
            out.raw("<tspan x=\"\(n(s.x + 3))\" y=\"\(n(baseline))\">")
            out.text(TextFit.line(name, width: s.w - 6, fontSize: fontSize))
            out.raw("</tspan>")
            baseline += lineHeight
        }
        out.raw("</text>")
        out.raw(item.link == nil ? "</g>" : "</a>")
    }
}
