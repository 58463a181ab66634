/// Boxes: the ArchiMate figure of each element type with its icon at the top right (as Archi
/// draws them), the label, and the badge.
extension ViewDrawing {
    static let defaultLine = ViewColor(r: 92, g: 92, b: 92)

    /// ArchiMate's layer colours, for a box whose style sets none.
    static func defaultFill(_ shape: ViewBox.Shape) -> ViewColor? {
        switch shape {
        case .applicationComponent, .applicationService, .applicationInterface, .applicationFunction,
             .applicationProcess, .dataObject: ViewColor(r: 181, g: 255, b: 255)
        case .businessFunction, .businessProcess, .businessService, .businessActor, .businessObject:
            ViewColor(r: 255, g: 255, b: 181)
        case .label, .plain: ViewColor(r: 255, g: 255, b: 255)
        case .grouping: nil
        }
    }

    func drawBox(_ index: Int, into out: inout SVGBytes) {
        let box = boxes[index]
        if let link = box.link {
            out.raw("<a")
            out.attribute("href", link)
            out.raw(">")
        } else {
            out.raw("<g>")
        }
        out.raw("<title>")
        out.text(box.tooltip ?? box.label)
        out.raw("</title>")
        let fill = box.fill ?? Self.defaultFill(box.shape)
        let stroke = (box.line ?? Self.defaultLine).hex
        var paint = " fill=\"\(fill?.hex ?? "none")\""
        if let opacity = fill?.opacity { paint += " fill-opacity=\"\(opacity)\"" }
        paint += " stroke=\"\(stroke)\""
        let (x, y, w, h) = (box.x, box.y, box.w, box.h)
        switch box.shape {
        case .grouping:
            let tab = min(w, max(40, TextFit.width(labelLines[index].first ?? "", fontSize: box.fontSize) + 2 * Self.padding + 4))
            let tabHeight = min(h, Self.lineHeight(box) + 4)
            out.raw("<path d=\"M\(n(x)) \(n(y + tabHeight))V\(n(y))H\(n(x + tab))V\(n(y + tabHeight))H\(n(x + w))V\(n(y + h))H\(n(x))Z\"\(paint) stroke-dasharray=\"6 3\"/>")
        case .applicationService, .businessService:
            out.raw("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" rx=\"\(n(min(h / 2, w / 2, 12)))\"\(paint)/>")
        default:
            out.raw("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\"\(paint)/>")
        }
        if box.w >= 4 * Self.iconRoom && box.h >= 24 { icon(box, stroke: stroke, into: &out) }
        label(index, into: &out)
        if let badge = box.badge { self.badge(badge, box: box, into: &out) }
        out.raw(box.link == nil ? "</g>" : "</a>")
    }

    private func label(_ index: Int, into out: inout SVGBytes) {
        let box = boxes[index]
        let lines = labelLines[index]
        guard lines.contains(where: { !$0.isEmpty }) else { return }
        let (_, centred) = Self.textArea(box)
        let lineHeight = Self.lineHeight(box)
        let x = centred ? box.x + box.w / 2 : box.x + Self.padding
        // The first baseline: one font size below the top padding (ascent plus a little).
        var baseline = box.y + Self.padding + box.fontSize * 0.95
        if box.shape == .grouping { baseline = box.y + 2 + box.fontSize * 0.95 }
        out.raw("<text font-size=\"\(n(box.fontSize))\" fill=\"\((box.textColor ?? ViewColor(r: 0, g: 0, b: 0)).hex)\"")
        if centred { out.raw(" text-anchor=\"middle\"") }
        out.raw(">")
        for line in lines {
            if !line.isEmpty {
                out.raw("<tspan x=\"\(n(x))\" y=\"\(n(baseline))\">")
                out.text(line)
                out.raw("</tspan>")
            }
            baseline += lineHeight
        }
        out.raw("</text>")
    }

    private func badge(_ text: String, box: ViewBox, into out: inout SVGBytes) {
        let fontSize = 11.0
        let w = max(18, TextFit.width(text, fontSize: fontSize) + 8), h = 15.0
        let x = box.x + box.w - w - 3, y = box.y + box.h - h - 3
        out.raw("<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\" rx=\"7\" fill=\"#1f3f73\" stroke=\"none\"/>")
        out.raw("<text x=\"\(n(x + w / 2))\" y=\"\(n(y + 11))\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">")
        out.text(text)
        out.raw("</text>")
    }

    /// The type's icon, 14 × 12 at the top right, in the line colour.
    private func icon(_ box: ViewBox, stroke: String, into out: inout SVGBytes) {
        let x = box.x + box.w - 18, y = box.y + 5
        let ink = " fill=\"none\" stroke=\"\(stroke)\""
        switch box.shape {
        case .applicationComponent:
            out.raw("<path d=\"M\(n(x + 3)) \(n(y))h11v12h-11zM\(n(x)) \(n(y + 2))h6v3h-6zM\(n(x)) \(n(y + 7))h6v3h-6z\"\(ink)/>")
        case .applicationService, .businessService:
            out.raw("<rect x=\"\(n(x))\" y=\"\(n(y + 2))\" width=\"14\" height=\"8\" rx=\"4\"\(ink)/>")
        case .applicationInterface:
            out.raw("<circle cx=\"\(n(x + 10))\" cy=\"\(n(y + 6))\" r=\"4\"\(ink)/><path d=\"M\(n(x)) \(n(y + 6))h6\"\(ink)/>")
        case .applicationFunction, .businessFunction:
            out.raw("<path d=\"M\(n(x + 1)) \(n(y + 4))l6-4l6 4v8l-6-4l-6 4z\"\(ink)/>")
        case .applicationProcess, .businessProcess:
            out.raw("<path d=\"M\(n(x)) \(n(y + 4))h8v-3l6 5l-6 5v-3h-8z\"\(ink)/>")
        case .businessActor:
            out.raw("<circle cx=\"\(n(x + 7))\" cy=\"\(n(y + 2))\" r=\"2\"\(ink)/><path d=\"M\(n(x + 7)) \(n(y + 4))v4M\(n(x + 3)) \(n(y + 6))h8M\(n(x + 7)) \(n(y + 8))l-3 4M\(n(x + 7)) \(n(y + 8))l3 4\"\(ink)/>")
        case .dataObject, .businessObject:
            out.raw("<path d=\"M\(n(box.x)) \(n(box.y + Self.lineHeight(box) + Self.padding))h\(n(box.w))\"\(ink)/>")
        case .grouping, .label, .plain:
            break
        }
    }

    func n(_ value: Double) -> String { SVGNumber.format(value) }
}
