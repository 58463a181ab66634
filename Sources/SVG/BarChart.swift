/// A horizontal bar chart: each bar has its label on a line above it and its value written at
/// its end, so the drawing reads as text too (a screen reader or text browser gets the numbers
/// from the table the page puts next to it). Colours come from the site's stylesheet through
/// classes (`staaf`, `staaf nadruk`, `waarde`), with `currentColor` as the fallback.
public struct BarChart: Sendable {
    /// One bar: `value` sets its length, `valueText` is what is written ("37 (12%)").
    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Double
        public let valueText: String
        /// Drawn in the emphasis colour ("this gemeente").
        public let emphasis: Bool

        public init(label: String, value: Double, valueText: String, emphasis: Bool = false) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.emphasis = emphasis
        }
    }

    public let title: String
    public let description: String?
    public let bars: [Bar]
    /// The value of a full-length bar; the largest value when nil (1 for shares).
    public let scale: Double?

    public static let width = 640.0
    static let rowHeight = 44.0
    static let barHeight = 16.0
    static let labelSize = 14.0
    /// Room kept right of the longest bar for its value.
    static let valueRoom = 130.0
    /// Labels longer than this are cut with "…"; the whole label is the bar's tooltip.
    static let labelLimit = 80

    public init(title: String, description: String? = nil, bars: [Bar], scale: Double? = nil) {
        self.title = title
        self.description = description
        self.bars = bars
        self.scale = scale
    }

    /// The drawing; `id` must be unique on the page that holds it.
    public func document(id: String) -> SVGDocument {
        let height = Double(max(bars.count, 1)) * Self.rowHeight + 8
        var svg = SVGDocument(width: Self.width, height: height, title: title, description: description, id: id)
        let largest = scale ?? bars.map(\.value).max() ?? 0
        let room = Self.width - Self.valueRoom
        svg.open("g", [("class", "staven"), ("font-size", SVGNumber.format(Self.labelSize)), ("fill", "currentColor")])
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * Self.rowHeight + 4
            let length = largest > 0 ? max(0, min(1, bar.value / largest)) * room : 0
            svg.open("g")
            svg.tooltip("\(bar.label): \(bar.valueText)")
            svg.element("text", text: Self.shortened(bar.label), [("x", "0"), ("y", SVGNumber.format(top + Self.labelSize))])
            svg.element("rect", [
                ("class", bar.emphasis ? "staaf nadruk" : "staaf"),
                ("x", "0"), ("y", SVGNumber.format(top + Self.labelSize + 5)),
                // A bar for a value above zero is never thinner than a line, so it stays visible.
                ("width", SVGNumber.format(bar.value > 0 ? max(length, 2) : 0)), ("height", SVGNumber.format(Self.barHeight)),
            ])
            svg.element("text", text: bar.valueText, [
                ("class", "waarde"), ("x", SVGNumber.format(length + 6)), ("y", SVGNumber.format(top + Self.labelSize + 5 + Self.barHeight - 3)),
            ])
            svg.close("g")
        }
        svg.close("g")
        return svg
    }

    static func shortened(_ label: String) -> String {
        label.count <= labelLimit ? label : String(label.prefix(labelLimit - 1)) + "…"
    }
}
