import Gemma

/// A box of a GEMMA view with everything but its coordinates already written.
final class PreparedNode: Sendable {
    /// `<node identifier="…" [elementRef="…"] xsi:type="…"`, on its own line.
    let open: [UInt8]
    /// Label, style and view link, each on its own line; empty for a plain element box.
    let inner: [UInt8]
    let depth: Int
    let x: Int, y: Int, w: Int, h: Int
    let hasChildren: Bool
    /// The lowest edge of the nodes inside it.
    let contentBottom: Int
    /// For a node that shows an element: the number of its Object ID in `GemmaViewSet`, where an
    /// organisation's applicaties may be placed.
    let placement: Int?
    /// How many characters the label has, for the room it needs.
    let labelLength: Int
    /// Spelled into the identifiers of the nodes placed inside it.
    let tag: [UInt8]

    init(
        _ node: GemmaViewNode, identifier: String, element: ElementFragment?, depth: Int, hasChildren: Bool, contentBottom: Int,
        viewRef: String?, placement: Int?
    ) {
        // A Label cannot hold nodes in the schema, and an element node needs its element.
        let type = element != nil ? "Element" : (node.soort == "Container" || hasChildren ? "Container" : "Label")
        var out = ByteWriter(capacity: 160)
        out.line(4 + depth)
        out.raw("<node identifier=\"")
        out.token(identifier)
        if let element {
            out.raw("\" elementRef=\"")
            out.token(element.identifier)
        }
        out.raw("\" xsi:type=\"")
        out.token(type)
        out.raw("\"")
        open = out.bytes
        out = ByteWriter(capacity: 128)
        if element == nil && !node.label.isEmpty {
            out.line(5 + depth)
            out.raw("<label xml:lang=\"nl\">")
            out.text(node.label)
            out.raw("</label>")
        }
        if node.lineColor != nil || node.fillColor != nil {
            out.line(5 + depth)
            out.raw("<style>")
            if let color = node.lineColor { Self.write("lineColor", color, &out) }
            if let color = node.fillColor { Self.write("fillColor", color, &out) }
            out.raw("</style>")
        }
        if let viewRef {
            out.line(5 + depth)
            out.raw("<viewRef ref=\"")
            out.token(viewRef)
            out.raw("\"/>")
        }
        inner = out.bytes
        self.depth = depth
        (x, y, w, h) = (max(0, node.x), max(0, node.y), max(1, node.w), max(1, node.h))
        self.hasChildren = hasChildren
        self.placement = element == nil ? nil : placement
        labelLength = node.label.unicodeScalars.count
        tag = Array(Identifier.sanitised(identifier).utf8)
        self.contentBottom = contentBottom
    }

    private static func write(_ name: StaticString, _ color: GemmaColor, _ out: inout ByteWriter) {
        out.raw("<")
        out.raw(name)
        out.raw(" r=\"")
        out.int(min(255, max(0, color.r)))
        out.raw("\" g=\"")
        out.int(min(255, max(0, color.g)))
        out.raw("\" b=\"")
        out.int(min(255, max(0, color.b)))
        out.raw("\" a=\"")
        out.int(min(100, max(0, color.alpha)))
        out.raw("\"/>")
    }
}

/// A line of a GEMMA view: a relationship between the elements of its ends, or a plain line.
struct PreparedConnection {
    let open: [UInt8]
    let bendpoints: [GemmaPoint]

    init(identifier: String, relationship: String?, source: String, target: String, bendpoints: [GemmaPoint]) {
        var out = ByteWriter(capacity: 200)
        out.line(4)
        out.raw("<connection identifier=\"")
        out.token(identifier)
        if let relationship {
            out.raw("\" relationshipRef=\"")
            out.token(relationship)
            out.raw("\" xsi:type=\"Relationship")
        } else {
            out.raw("\" xsi:type=\"Line")
        }
        out.raw("\" source=\"")
        out.token(source)
        out.raw("\" target=\"")
        out.token(target)
        out.raw("\"")
        open = out.bytes
        self.bendpoints = bendpoints
    }
}

/// A GEMMA view ready to be written with or without an organisation's applicaties in it.
struct PreparedView {
    let identifier: String
    let head: [UInt8]
    let nodes: [PreparedNode]
    let connections: [PreparedConnection]
    /// Nodes that show an element, where applicaties may be placed.
    let placeable: [Int]
    let hasObjectID: Bool
    /// The view as GEMMA draws it, for an organisation with nothing to place in it.
    private(set) var unchanged: [UInt8] = []

    init(_ view: GemmaView, identifier: String, nodes: [PreparedNode], connections: [PreparedConnection]) {
        self.identifier = identifier
        var out = ByteWriter(capacity: 256)
        out.line(3)
        out.raw("<view identifier=\"")
        out.token(identifier)
        out.raw("\" xsi:type=\"Diagram\">")
        ExchangeWriter.writeName(view.naam, level: 4, &out)
        var properties: [Property] = []
        properties.add(.objectID, view.objectID)
        ExchangeWriter.writeProperties(properties, level: 4, &out)
        head = out.bytes
        hasObjectID = !properties.isEmpty
        self.nodes = nodes
        self.connections = connections
        placeable = nodes.indices.filter { nodes[$0].placement != nil }
        var whole = ByteWriter(capacity: head.count + nodes.count * 160 + connections.count * 200)
        write(placing: [], &whole)
        unchanged = whole.bytes
    }
}
