/// A GEMMA view published to the Softwarecatalogus, ready to be drawn: nodes with absolute
/// coordinates (as AMEFF stores them) and connections with their bendpoints.
public struct GemmaView: Sendable, Equatable {
    /// The view's identifier in this exchange file.
    public var identifier: String
    /// The view's GEMMA `Object ID`, when it has one.
    public var objectID: String?
    /// "Titel view SWC" when present, else the view's name.
    public var naam: String
    /// The extent of the drawing: the largest right and bottom edge of its nodes and bendpoints.
    public var breedte: Int
    /// See `breedte`.
    public var hoogte: Int
    /// Nodes in document order (a parent before its children, earlier nodes drawn below later ones).
    public var nodes: [GemmaViewNode]
    /// Connections in document order.
    public var connections: [GemmaViewConnection]
    /// The view's documentation, when it has any.
    public var beschrijving: String? = nil

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(
        identifier: String, objectID: String?, naam: String, breedte: Int, hoogte: Int,
        nodes: [GemmaViewNode], connections: [GemmaViewConnection]
    ) {
        self.identifier = identifier
        self.objectID = objectID
        self.naam = naam
        self.breedte = breedte
        self.hoogte = hoogte
        self.nodes = nodes
        self.connections = connections
    }
}

/// A box on a view: an element, a Container (visual group) or a Label (text, or a link to another view).
public struct GemmaViewNode: Sendable, Equatable {
    /// The identifier in this exchange file (`id-…`).
    public var identifier: String
    /// The identifier of the element shown, for soort "Element".
    public var elementRef: String?
    /// The Object ID of that element.
    public var objectID: String?
    /// The element's name, or the text of a Container or Label.
    public var label: String
    /// "Element", "Container" or "Label", as the file's `xsi:type` says.
    public var soort: String
    /// The ArchiMate type of the element (`ApplicationComponent`, …).
    public var elementType: String?
    /// Left edge, absolute on the view.
    public var x: Int
    /// Top edge, absolute on the view.
    public var y: Int
    /// Width.
    public var w: Int
    /// Height.
    public var h: Int
    /// The identifier of the node this one is drawn inside.
    public var parent: String?
    /// For a Label that links to another view: that view's identifier.
    public var viewRef: String?
    /// The style's fill colour, when the file sets one.
    public var fillColor: GemmaColor?
    /// The style's line colour, when the file sets one.
    public var lineColor: GemmaColor?
    /// The style's font size in points, when the file sets one (Archi draws at 96 dpi: 9 pt is 12 px).
    public var fontSize: Int? = nil
    /// The style's font colour, when the file sets one.
    public var fontColor: GemmaColor? = nil

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(
        identifier: String, elementRef: String? = nil, objectID: String? = nil, label: String, soort: String,
        elementType: String? = nil, x: Int, y: Int, w: Int, h: Int, parent: String? = nil, viewRef: String? = nil,
        fillColor: GemmaColor? = nil, lineColor: GemmaColor? = nil
    ) {
        self.identifier = identifier
        self.elementRef = elementRef
        self.objectID = objectID
        self.label = label
        self.soort = soort
        self.elementType = elementType
        self.x = x
        self.y = y
        self.w = w
        self.h = h
        self.parent = parent
        self.viewRef = viewRef
        self.fillColor = fillColor
        self.lineColor = lineColor
    }
}

/// A line between two nodes of a view.
public struct GemmaViewConnection: Sendable, Equatable {
    /// The identifier in this exchange file (`id-…`).
    public var identifier: String
    /// Node identifiers.
    public var source: String
    /// See `source`.
    public var target: String
    /// The relationship shown (`Realization`, `Flow`, …); nil for a plain line.
    public var relationshipType: String?
    /// The identifier of that relationship.
    public var relationshipRef: String?
    /// Points the line passes through, from source to target, in absolute coordinates.
    public var bendpoints: [GemmaPoint]

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(
        identifier: String, source: String, target: String, relationshipType: String? = nil,
        relationshipRef: String? = nil, bendpoints: [GemmaPoint] = []
    ) {
        self.identifier = identifier
        self.source = source
        self.target = target
        self.relationshipType = relationshipType
        self.relationshipRef = relationshipRef
        self.bendpoints = bendpoints
    }
}

/// A point on a view, in the view's absolute coordinates.
public struct GemmaPoint: Sendable, Equatable {
    /// Horizontal position, absolute on the view.
    public var x: Int
    /// Vertical position, absolute on the view.
    public var y: Int

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A fill or line colour from a view's style; `alpha` is 0–100 as in AMEFF (100 = opaque).
public struct GemmaColor: Sendable, Equatable {
    /// Red, 0–255.
    public var r: Int
    /// Green, 0–255.
    public var g: Int
    /// Blue, 0–255.
    public var b: Int
    /// Opacity, 0–100.
    public var alpha: Int

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(r: Int, g: Int, b: Int, alpha: Int = 100) {
        self.r = r
        self.g = g
        self.b = b
        self.alpha = alpha
    }
}
