/// Drawing an organisation's applicaties inside the referentiecomponenten of a GEMMA view: each
/// box grows until its applicaties fit below its name, one under the other, and the rest of the
/// drawing moves aside (see `Stretch`) so that nothing comes to lie on anything else.
extension PreparedView {
    static let padding = 8
    static let gap = 6
    /// Narrower referentiecomponenten are widened, so names inside stay readable.
    static let minimumWidth = 180

    /// Where the applicaties inside one node go, in the view's coordinates before stretching.
    private struct Inside {
        var placed: [ElementFragment]
        var heights: [Int]
        var header: Int
    }

    /// `placing`: by placement number, what goes inside (see `GemmaViewSet.rendering(placing:)`);
    /// `included`: by position in the set, the views in this file, the only ones a link may point at.
    func write(placing: [[ElementFragment]], included: [Bool], _ out: inout ByteWriter) {
        // Read from the plain frames, not the node objects: this runs for every placeable node of every file.
        let targets = placing.isEmpty ? [] : placeable.filter { !placing[frames[$0].placement].isEmpty }
        // What goes inside, by target; `insideOf[node]` is its place there, or -1. Plain numbers by
        // node, so that letting go of them is one free rather than a look at every node.
        var insides: [Inside] = []
        insides.reserveCapacity(targets.count)
        var insideOf = [Int](repeating: -1, count: targets.isEmpty ? 0 : nodes.count)
        var xNeeds: [(start: Int, end: Int, extra: Int)] = []
        var yNeeds: [(start: Int, end: Int, extra: Int)] = []
        for i in targets {
            let node = frames[i]
            let placed = placing[node.placement]
            let w = node.right - node.x, h = node.bottom - node.y
            let width = max(w, Self.minimumWidth)
            let header = LabelSize.lines(length: node.labelLength, width: width) * LabelSize.lineHeight + 12
            let top = node.hasChildren ? max(header, node.contentBottom - node.y + Self.gap) : header
            let heights = placed.map {
                max(36, LabelSize.lines(length: $0.nameLength, width: width - 2 * Self.padding) * LabelSize.lineHeight + 14)
            }
            let height = top + heights.reduce(0, +) + Self.gap * (heights.count - 1) + Self.padding
            insideOf[i] = insides.count
            insides.append(Inside(placed: placed, heights: heights, header: header))
            xNeeds.append((node.x, node.right, width - w))
            yNeeds.append((node.y, node.bottom, height - h))
        }
        let sx = xNeeds.isEmpty ? Stretch.none : Stretch(xNeeds)
        let sy = yNeeds.isEmpty ? Stretch.none : Stretch(yNeeds)

        out.raw(head)
        frames.withUnsafeBufferPointer { frames in
            text.withUnsafeBufferPointer { text in
                var open: [Int] = []
                for i in frames.indices {
                    let node = frames[i]
                    while let last = open.last, frames[last].depth >= node.depth {
                        close(last, frames[last], insideOf, insides, sx, sy, &out)
                        open.removeLast()
                    }
                    out.raw(UnsafeBufferPointer(rebasing: text[node.openStart..<node.innerStart]))
                    let x = sx.map(node.x), y = sy.map(node.y)
                    ExchangeWriter.writeBounds(x: x, y: y, w: sx.map(node.right) - x, h: sy.map(node.bottom) - y, &out)
                    let linked = node.viewRefTarget >= 0 && included[node.viewRefTarget]
                    let hasInside = !insideOf.isEmpty && insideOf[i] >= 0
                    if node.innerStart == node.viewRefStart && !linked && !node.hasChildren && !hasInside {
                        out.raw("/>")
                        continue
                    }
                    out.raw(">")
                    out.raw(UnsafeBufferPointer(rebasing: text[node.innerStart..<node.viewRefStart]))
                    if linked { out.raw(UnsafeBufferPointer(rebasing: text[node.viewRefStart..<node.end])) }
                    if node.hasChildren { open.append(i) } else { close(i, node, insideOf, insides, sx, sy, &out) }
                }
                while let last = open.popLast() { close(last, frames[last], insideOf, insides, sx, sy, &out) }
            }
        }
        for connection in connections {
            out.raw(connection.open)
            guard !connection.bendpoints.isEmpty else {
                out.raw("/>")
                continue
            }
            out.raw(">")
            for point in connection.bendpoints {
                out.raw("<bendpoint x=\"")
                out.int(max(0, sx.map(point.x)))
                out.raw("\" y=\"")
                out.int(max(0, sy.map(point.y)))
                out.raw("\"/>")
            }
            out.raw("</connection>")
        }
        out.line(3)
        out.raw("</view>")
    }

    /// Writes what was placed inside node `i`, below its name and its own nodes, then closes it.
    /// A node without children closes on its own line only when something was placed in it.
    private func close(_ i: Int, _ node: NodeFrame, _ insideOf: [Int], _ insides: [Inside], _ sx: Stretch, _ sy: Stretch, _ out: inout ByteWriter) {
        let placed = !insideOf.isEmpty && insideOf[i] >= 0
        if placed {
            let inside = insides[insideOf[i]]
            let left = sx.map(node.x), right = sx.map(node.right), top = sy.map(node.y)
            var y = top + (node.hasChildren ? max(inside.header, sy.map(node.contentBottom) - top + Self.gap) : inside.header)
            let tag = nodes[i].tag
            for (placed, height) in zip(inside.placed, inside.heights) {
                out.newline()
                out.raw("<node identifier=\"id-swc-in.")
                out.raw(tag)
                out.raw(".")
                out.raw(placed.tail)
                out.raw("\" elementRef=\"")
                out.raw(placed.identifierBytes)
                out.raw("\" xsi:type=\"Element\"")
                ExchangeWriter.writeBounds(x: left + Self.padding, y: y, w: right - left - 2 * Self.padding, h: height, &out)
                out.raw("/>")
                y += height + Self.gap
            }
        }
        if placed || node.hasChildren { out.newline() }
        out.raw("</node>")
    }
}
