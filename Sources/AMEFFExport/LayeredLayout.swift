/// Lays out this module's own views: one band per layer (aanbieder above applicatie above versie
/// above referentiecomponent …), each band wrapped into rows no wider than `maxWidth` and
/// centred, so no two nodes overlap and lines between bands run mostly vertically.
enum LayeredLayout {
    static let maxWidth = 1_600
    static let margin = 24
    static let gapX = 40
    static let gapWithinLayer = 30
    static let gapBetweenLayers = 90

    struct Placement {
        var fragment: ElementFragment
        var x: Int, y: Int
    }

    static func place(_ layers: [[ElementFragment]]) -> [Placement] {
        var rows: [(nodes: [Placement], width: Int, height: Int, isLastOfLayer: Bool)] = []
        for layer in layers {
            var current: [Placement] = []
            var x = 0, height = 0
            for fragment in layer {
                if !current.isEmpty && x + fragment.width > maxWidth {
                    rows.append((current, x - gapX, height, false))
                    current = []
                    x = 0
                    height = 0
                }
                current.append(Placement(fragment: fragment, x: x, y: 0))
                x += fragment.width + gapX
                height = max(height, fragment.height)
            }
            if !current.isEmpty { rows.append((current, x - gapX, height, true)) }
        }
        let widest = rows.map(\.width).max() ?? 0
        var result: [Placement] = []
        var y = margin
        for row in rows {
            let shift = margin + (widest - row.width) / 2
            for var node in row.nodes {
                node.x += shift
                node.y = y
                result.append(node)
            }
            y += row.height + (row.isLastOfLayer ? gapBetweenLayers : gapWithinLayer)
        }
        return result
    }
}

extension AMEFFExport.Index {
    /// A layered view of all of `view.concepts`, with a connection for every relationship.
    func write(_ view: DrawnView, _ out: inout ByteWriter) {
        Self.writeViewHead(identifier: view.identifier, name: view.name, &out)
        writeBody(view, &out)
    }

    /// `<view …><name>…</name>`, on a line of its own.
    static func writeViewHead(identifier: String, name: String, _ out: inout ByteWriter) {
        out.line(3)
        out.raw("<view identifier=\"")
        out.token(identifier)
        out.raw("\" xsi:type=\"Diagram\">")
        ExchangeWriter.writeName(name, &out)
    }

    /// `view` once for several files: all but its identifier.
    func written(_ view: DrawnView) -> WrittenView {
        var out = ByteWriter(capacity: view.concepts.elements.count * 130 + view.concepts.relations.count * 190 + 64)
        writeBody(view, &out)
        return WrittenView(kind: view.kind, name: view.name, body: out.bytes)
    }

    /// Nodes and connections, and `</view>`.
    private func writeBody(_ view: DrawnView, _ out: inout ByteWriter) {
        for placement in LayeredLayout.place(view.concepts.layers(names)) {
            let fragment = placement.fragment
            out.newline()
            out.raw("<node identifier=\"")
            writeNodeIdentifier(view.kind, fragment, &out)
            out.raw("\" elementRef=\"")
            out.raw(fragment.identifierBytes)
            out.raw("\" xsi:type=\"Element\"")
            ExchangeWriter.writeBounds(x: placement.x, y: placement.y, w: fragment.width, h: fragment.height, &out)
            out.raw("/>")
        }
        // Both ends of every relation are among the concepts: they are added together.
        for relation in view.concepts.sortedRelations() {
            out.newline()
            out.raw("<connection identifier=\"")
            out.raw(view.kind.connectionPrefix)
            writeIdentifierBody(relation, &out, withPrefix: false)
            out.raw("\" relationshipRef=\"id-")
            writeIdentifierBody(relation, &out)
            out.raw("\" xsi:type=\"Relationship\" source=\"")
            writeNodeIdentifier(view.kind, relation.source, &out)
            out.raw("\" target=\"")
            writeNodeIdentifier(view.kind, relation.target, &out)
            out.raw("\"/>")
        }
        out.line(3)
        out.raw("</view>")
    }

    /// "id-swc-n" + the view's code + "." + the element's identifier without "id-": unique per view
    /// and element ("id-swc-nl.swc-app.app-1").
    private func writeNodeIdentifier(_ kind: DrawnView.Kind, _ fragment: ElementFragment, _ out: inout ByteWriter) {
        out.raw(kind.nodePrefix)
        out.raw(fragment.tail)
    }
}
