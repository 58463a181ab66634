/// A view drawn in ArchiMate notation: boxes with their icons, labels wrapped and cut to stay
/// inside their boxes, badges, links with a tooltip, and connection lines with the arrowheads
/// of their relationship. The layout (which label lines go where, where an overlay may put
/// names) is made once in `init`, so one drawing serves the page, the file and every overlay.
public struct ViewDrawing: Sendable {
    public let width: Double
    public let height: Double
    public let title: String
    public let description: String?
    public let boxes: [ViewBox]
    public let connections: [ViewConnection]
    /// By box: the label's lines as drawn.
    public let labelLines: [[String]]
    /// By box: the free room below the label, where an overlay writes names.
    public let slots: [ViewRect]

    /// Room left and right of a centred label, for the icon at the top right.
    static let iconRoom = 20.0
    static let padding = 4.0

    public init(width: Double, height: Double, title: String, description: String? = nil,
                boxes: [ViewBox], connections: [ViewConnection] = []) {
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.boxes = boxes
        self.connections = connections.filter { boxes.indices.contains($0.source) && boxes.indices.contains($0.target) }
        var lines: [[String]] = [], slots: [ViewRect] = []
        lines.reserveCapacity(boxes.count)
        slots.reserveCapacity(boxes.count)
        for box in boxes {
            let wrapped = Self.wrap(box)
            lines.append(wrapped)
            slots.append(Self.slot(box, lines: wrapped.count))
        }
        labelLines = lines
        self.slots = slots
    }

    static func lineHeight(_ box: ViewBox) -> Double { (box.fontSize * 1.2).rounded(.up) }

    /// Where the label's text may go: its width, and whether it is centred.
    static func textArea(_ box: ViewBox) -> (width: Double, centred: Bool) {
        switch box.shape {
        case .grouping, .label: (box.w - 2 * padding, false)
        default: (box.w - 2 * (box.w >= 4 * iconRoom ? iconRoom : padding), true)
        }
    }

    /// A centred label keeps clear of the icon on its first line only; the lines below may use
    /// the box's whole width. A first word too long for beside the icon but short enough for the
    /// whole width (Dutch compounds: "Verwerkingenloggingcomponent") starts on the second line
    /// rather than being broken.
    private static func wrap(_ box: ViewBox) -> [String] {
        let area = textArea(box)
        let lineHeight = lineHeight(box)
        let room = box.shape == .grouping ? lineHeight : box.h - padding
        let maxLines = max(1, Int((room / lineHeight).rounded(.down)))
        let first = max(area.width, box.fontSize)
        let rest = area.centred ? max(first, box.w - 2 * padding) : first
        if rest > first, maxLines > 1, let word = box.label.split(separator: " ").first {
            let width = TextFit.width(word, fontSize: box.fontSize)
            if width > first && width <= rest {
                return [""] + TextFit.lines(box.label, width: rest, fontSize: box.fontSize, maxLines: maxLines - 1)
            }
        }
        return TextFit.lines(box.label, width: rest, firstWidth: first, fontSize: box.fontSize, maxLines: maxLines)
    }

    private static func slot(_ box: ViewBox, lines: Int) -> ViewRect {
        let top = box.y + padding + Double(lines) * lineHeight(box) + 2
        let bottom = box.y + box.h - 3
        let minimum = 14.0
        let y = bottom - top >= minimum ? top : max(box.y + 1, bottom - minimum)
        return ViewRect(x: box.x + 3, y: y, w: max(0, box.w - 6), h: max(0, bottom - y))
    }

    /// The drawing as an `<svg>` element; `standalone` adds the XML declaration for a `.svg` file.
    /// `idPrefix` keeps the ids of two drawings on one page apart.
    public func svg(idPrefix: String, standalone: Bool) -> [UInt8] {
        var out = SVGBytes(capacity: 400 * boxes.count + 4096)
        if standalone { out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") }
        ViewDrawing.openSVG(&out, width: width, height: height, idPrefix: idPrefix, role: nil,
                            title: title, description: description)
        out.raw("<g font-family=\"Segoe UI, Arial, sans-serif\" stroke-width=\"1\">")
        for index in boxes.indices { drawBox(index, into: &out) }
        drawConnections(idPrefix: idPrefix, into: &out)
        out.raw("</g></svg>")
        if standalone { out.raw("\n") }
        return out.bytes
    }

    /// `<svg …><title>…</title>`, sized to the view; CSS may scale it.
    /// `role` nil for a drawing that holds links: `img` would hide them from assistive
    /// technology, and the HTML checker accepts neither `group` nor `graphics-document` on `<svg>`.
    static func openSVG(_ out: inout SVGBytes, width: Double, height: Double, idPrefix: String, role: String?,
                        title: String, description: String?) {
        openTitle(&out, width: width, height: height, idPrefix: idPrefix, role: role)
        out.text(title)
        out.raw("</title>")
        if let description {
            out.raw("<desc>")
            out.text(description)
            out.raw("</desc>")
        }
    }

    /// `<svg …><title …>`: what comes before the title's text.
    static func openTitle(_ out: inout SVGBytes, width: Double, height: Double, idPrefix: String, role: String?) {
        let w = SVGNumber.format(width), h = SVGNumber.format(height)
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\"")
        if let role { out.attribute("role", role) }
        out.attribute("aria-labelledby", "\(idPrefix)-titel")
        out.raw("><title")
        out.attribute("id", "\(idPrefix)-titel")
        out.raw(">")
    }
}
