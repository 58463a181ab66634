/// The plain values a view drawing is made of: boxes, lines and colours in the view's own
/// coordinates. Nothing here knows about GEMMA or the catalogue; an adapter in the site turns a
/// GEMMA view into these.
public struct ViewBox: Sendable, Equatable {
    /// The ArchiMate notation a box is drawn in.
    public enum Shape: String, Sendable, CaseIterable {
        case applicationComponent, applicationService, applicationInterface, applicationFunction, applicationProcess
        case dataObject, businessFunction, businessProcess, businessService, businessActor, businessObject
        case grouping, label, plain
    }

    public var shape: Shape
    public var x: Double, y: Double, w: Double, h: Double
    public var label: String
    public var fill: ViewColor?
    public var line: ViewColor?
    public var textColor: ViewColor?
    /// Font size in pixels.
    public var fontSize: Double
    /// The page the box links to.
    public var link: String?
    /// The text shown on hover (the box's `<title>`); the label when nil.
    public var tooltip: String?
    /// A short text in a badge at the bottom right (a count).
    public var badge: String?

    public init(shape: Shape, x: Double, y: Double, w: Double, h: Double, label: String, fill: ViewColor? = nil,
                line: ViewColor? = nil, textColor: ViewColor? = nil, fontSize: Double = 12, link: String? = nil,
                tooltip: String? = nil, badge: String? = nil) {
        self.shape = shape
        self.x = x
        self.y = y
        self.w = w
        self.h = h
        self.label = label
        self.fill = fill
        self.line = line
        self.textColor = textColor
        self.fontSize = fontSize
        self.link = link
        self.tooltip = tooltip
        self.badge = badge
    }
}

/// A line between two boxes (by position in the drawing's boxes) through its bendpoints.
public struct ViewConnection: Sendable, Equatable {
    /// The ArchiMate relationship, which decides dashes and arrowheads.
    public enum Kind: String, Sendable, CaseIterable {
        case composition, aggregation, assignment, realization, serving, access, influence
        case triggering, flow, specialization, association, plain
    }

    public var kind: Kind
    public var source: Int
    public var target: Int
    public var bendpoints: [ViewPoint]
    public var tooltip: String?

    public init(kind: Kind, source: Int, target: Int, bendpoints: [ViewPoint] = [], tooltip: String? = nil) {
        self.kind = kind
        self.source = source
        self.target = target
        self.bendpoints = bendpoints
        self.tooltip = tooltip
    }
}

/// A point in the view's coordinates.
public struct ViewPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in the view's coordinates: where the names of an overlay go.
public struct ViewRect: Sendable, Equatable {
    public var x: Double, y: Double, w: Double, h: Double

    public init(x: Double, y: Double, w: Double, h: Double) {
        self.x = x
        self.y = y
        self.w = w
        self.h = h
    }
}

/// A colour, 0–255 per channel, opacity 0–100 as in AMEFF.
public struct ViewColor: Sendable, Equatable {
    public var r: Int, g: Int, b: Int, alpha: Int

    public init(r: Int, g: Int, b: Int, alpha: Int = 100) {
        self.r = r
        self.g = g
        self.b = b
        self.alpha = alpha
    }

    /// `#rrggbb`.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for v in [r, g, b] {
            let c = min(255, max(0, v))
            out.append(digits[c / 16])
            out.append(digits[c % 16])
        }
        return out
    }

    /// Nil when opaque, else `0.xx`.
    public var opacity: String? {
        alpha >= 100 ? nil : SVGNumber.format(Double(max(0, alpha)) / 100)
    }
}
