import Gemma

/// A box of a GEMMA view with everything but its coordinates already written.
final class PreparedNode: Sendable {
    /// `<node identifier="…" [elementRef="…"] xsi:type="…"`, on its own line.
    let open: [UInt8]
    /// Label and style; empty for a plain element box.
    let inner: [UInt8]
    /// `<viewRef ref="…"/>` to view `viewRefTarget` of the set, written only when that view is in the file.
    let viewRef: [UInt8]
    let viewRefTarget: Int?
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
    /// Spelled into the identifiers of the nodes placed inside it: the identifier without its "id-".
    let tag: [UInt8]

    init(
        _ node: GemmaViewNode, identifier: String, element: ElementFragment?, depth: Int, hasChildren: Bool, contentBottom: Int,
        viewRef: (identifier: String, view: Int)?, placement: Int?
    ) {
        // A Label cannot hold nodes in the schema, and an element node needs its element.
        let type = element != nil ? "Element" : (node.soort == "Container" || hasChildren ? "Container" : "Label")
        var out = ByteWriter(capacity: 128)
        out.newline()
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
        out = ByteWriter(capacity: 96)
        if element == nil && !node.label.isEmpty {
            out.raw("<label>")
            out.text(node.label)
            out.raw("</label>")
        }
        if node.lineColor != nil || node.fillColor != nil {
            out.raw("<style>")
            if let color = node.lineColor { Self.write("lineColor", color, &out) }
            if let color = node.fillColor { Self.write("fillColor", color, &out) }
            out.raw("</style>")
        }
        inner = out.bytes
        out = ByteWriter(capacity: 64)
        if let viewRef {
            out.raw("<viewRef ref=\"")
            out.token(viewRef.identifier)
            out.raw("\"/>")
        }
        self.viewRef = out.bytes
        viewRefTarget = viewRef?.view
        self.depth = depth
        (x, y, w, h) = (max(0, node.x), max(0, node.y), max(1, node.w), max(1, node.h))
        self.hasChildren = hasChildren
        self.placement = element == nil ? nil : placement
        labelLength = node.label.unicodeScalars.count
        // Every identifier this module writes starts with "id-", so the rest still tells nodes apart.
        tag = Array(Identifier.sanitised(String(identifier.dropFirst(3))).utf8)
        self.contentBottom = contentBottom
    }

    /// A colour; the alpha only when it is not opaque, which is what readers assume without it.
    private static func write(_ name: StaticString, _ color: GemmaColor, _ out: inout ByteWriter) {
        out.raw("<")
        out.raw(name)
        out.raw(" r=\"")
        out.int(min(255, max(0, color.r)))
        out.raw("\" g=\"")
        out.int(min(255, max(0, color.g)))
        out.raw("\" b=\"")
        out.int(min(255, max(0, color.b)))
        let alpha = min(100, max(0, color.alpha))
        if alpha != 100 {
            out.raw("\" a=\"")
            out.int(alpha)
        }
        out.raw("\"/>")
    }
}

/// A line of a GEMMA view: a relationship between the elements of its ends, or a plain line.
struct PreparedConnection {
    let open: [UInt8]
    let bendpoints: [GemmaPoint]

    init(identifier: String, relationship: String?, source: String, target: String, bendpoints: [GemmaPoint]) {
        var out = ByteWriter(capacity: 160)
        out.newline()
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

/// A GEMMA view ready to be written with an organisation's applicaties in it.
struct PreparedView {
    let identifier: String
    let name: String
    let head: [UInt8]
    let nodes: [PreparedNode]
    /// The nodes again as plain values, and their bytes in one array, for the loop that writes
    /// them: thousands of nodes per file, read without touching an object.
    let frames: [NodeFrame]
    let text: [UInt8]
    let connections: [PreparedConnection]
    /// Nodes that show an element, where applicaties may be placed.
    let placeable: [Int]
    let hasObjectID: Bool
    /// About how many bytes the view takes without anything placed in it.
    let estimatedSize: Int

    init(_ view: GemmaView, identifier: String, nodes: [PreparedNode], connections: [PreparedConnection]) {
        self.identifier = identifier
        name = view.naam
        var out = ByteWriter(capacity: 256)
        out.line(3)
        out.raw("<view identifier=\"")
        out.token(identifier)
        out.raw("\" xsi:type=\"Diagram\">")
        ExchangeWriter.writeName(view.naam, &out)
        var properties: [Property] = []
        properties.add(.objectID, view.objectID)
        ExchangeWriter.writeProperties(properties, level: 4, &out)
        head = out.bytes
        hasObjectID = !properties.isEmpty
        self.nodes = nodes
        var text: [UInt8] = []
        frames = nodes.map { node in
            let openStart = text.count
            text += node.open
            let innerStart = text.count
            text += node.inner
            let viewRefStart = text.count
            text += node.viewRef
            return NodeFrame(
                x: node.x, y: node.y, right: node.x + node.w, bottom: node.y + node.h, depth: node.depth,
                contentBottom: node.contentBottom, viewRefTarget: node.viewRefTarget ?? -1, hasChildren: node.hasChildren,
                placement: node.placement ?? -1, labelLength: node.labelLength,
                openStart: openStart, innerStart: innerStart, viewRefStart: viewRefStart, end: text.count)
        }
        self.text = text
        self.connections = connections
        placeable = nodes.indices.filter { nodes[$0].placement != nil }
        estimatedSize = head.count + nodes.reduce(0) { $0 + $1.open.count + $1.inner.count + $1.viewRef.count + 48 }
            + connections.reduce(0) { $0 + $1.open.count + 4 + $1.bendpoints.count * 32 } + 16
    }
}

/// What writing a node reads: its box before stretching, where it sits in the tree, and where its
/// pieces are in the view's `text` (opening tag, label and style, link to another view).
struct NodeFrame {
    let x: Int, y: Int, right: Int, bottom: Int
    let depth: Int
    let contentBottom: Int
    /// The view a Label links to, or -1.
    let viewRefTarget: Int
    let hasChildren: Bool
    /// The node's placement number (see `PreparedNode.placement`), or -1.
    let placement: Int
    let labelLength: Int
    let openStart: Int, innerStart: Int, viewRefStart: Int, end: Int
}
