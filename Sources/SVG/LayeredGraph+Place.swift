extension LayeredGraph {
    private func height(_ v: Int, _ spacing: FlowLayout.Spacing) -> Double {
        v < nodes.count ? nodes[v].height : spacing.passing
    }

    /// Coordinates: columns side by side (the band's after an extra gap), each vertex near the
    /// mean height of its neighbours without overlapping the ones above and below it.
    func place(_ spacing: FlowLayout.Spacing) -> FlowLayout.Result {
        var columnX: [Double] = [], columnWidth: [Double] = []
        var x = spacing.margin
        for (c, layer) in layers.enumerated() {
            if c == bandColumn { x += spacing.bandGap }
            let width = layer.filter { $0 < nodes.count }.map { nodes[$0].width }.max() ?? 0
            columnX.append(x)
            columnWidth.append(width)
            x += width + spacing.columnGap
        }
        let width = layers.isEmpty ? 2 * spacing.margin : x - spacing.columnGap + spacing.margin
        var centre = Array(repeating: 0.0, count: column.count)
        for layer in layers {
            var y = 0.0
            for v in layer {
                centre[v] = y + height(v, spacing) / 2
                y += height(v, spacing) + spacing.rowGap
            }
        }
        for pass in 0..<6 {
            let rightward = pass % 2 == 0
            for c in rightward ? Array(layers.indices) : Array(layers.indices.reversed()) {
                let wanted = layers[c].map { v -> Double in
                    let others = rightward ? left[v] : right[v]
                    guard !others.isEmpty else { return centre[v] }
                    var sum = 0.0
                    for other in others { sum += centre[other] }
                    return sum / Double(others.count)
                }
                let placed = Self.spread(wanted, sizes: layers[c].map { height($0, spacing) }, gap: spacing.rowGap)
                for (v, y) in zip(layers[c], placed) { centre[v] = y }
            }
        }
        let top = (0..<column.count).map { centre[$0] - height($0, spacing) / 2 }.min() ?? 0
        let shift = spacing.top - top
        var positions: [FlowLayout.Point] = []
        for (v, node) in nodes.enumerated() {
            let c = column[v]
            positions.append(.init(x: columnX[c] + (columnWidth[c] - node.width) / 2, y: centre[v] + shift - node.height / 2))
        }
        let bottom = (0..<column.count).map { centre[$0] + shift + height($0, spacing) / 2 }.max() ?? spacing.top
        var routes: [[FlowLayout.Point]] = []
        for (i, chain) in chains.enumerated() {
            let edge = edges[i]
            guard chain.count >= 2 else {
                routes.append(Self.loop(from: positions[edge.from], nodes[edge.from], to: positions[edge.to], nodes[edge.to]))
                continue
            }
            var route = [FlowLayout.Point(x: positions[chain[0]].x + nodes[chain[0]].width, y: centre[chain[0]] + shift)]
            for dummy in chain.dropFirst().dropLast() {
                let c = column[dummy]
                route.append(.init(x: columnX[c], y: centre[dummy] + shift))
                route.append(.init(x: columnX[c] + columnWidth[c], y: centre[dummy] + shift))
            }
            route.append(.init(x: positions[chain[chain.count - 1]].x, y: centre[chain[chain.count - 1]] + shift))
            routes.append(flipped[i] ? route.reversed() : route)
        }
        // A loop in the last column reaches past it.
        let widest = max(width, (routes.flatMap { $0.map(\.x) }.max() ?? 0) + spacing.margin)
        return FlowLayout.Result(positions: positions, routes: routes, columns: Array(column.prefix(nodes.count)),
                                 width: widest, height: bottom + spacing.margin, bandX: bandColumn.map { columnX[$0] })
    }

    /// Positions as close to `wanted` as the order and the gaps allow (least squares: adjacent
    /// vertices that would overlap are merged into one block at their mean).
    static func spread(_ wanted: [Double], sizes: [Double], gap: Double) -> [Double] {
        // Each block: its first vertex, how many, the sum of wanted positions less offsets; each
        // vertex's offset from its block's first. (The sums are added in the order they always were.)
        var blocks: [(start: Int, count: Int, sum: Double)] = []
        var offset = Array(repeating: 0.0, count: wanted.count)
        for i in wanted.indices {
            blocks.append((i, 1, wanted[i]))
            while blocks.count > 1 {
                let b = blocks[blocks.count - 1], a = blocks[blocks.count - 2]
                let aTop = a.sum / Double(a.count), bTop = b.sum / Double(b.count)
                let aLast = a.start + a.count - 1
                let needed = offset[aLast] + sizes[aLast] / 2 + gap + sizes[b.start] / 2
                guard aTop + needed > bTop else { break }
                var moved = 0.0
                for j in b.start..<(b.start + b.count) {
                    offset[j] += needed
                    moved += wanted[j] - offset[j]
                }
                blocks.removeLast(2)
                blocks.append((a.start, a.count + b.count, a.sum + moved))
            }
        }
        var result = wanted
        for block in blocks {
            let base = block.sum / Double(block.count)
            for k in block.start..<(block.start + block.count) { result[k] = base + offset[k] }
        }
        return result
    }

    /// A line between two boxes of one column: out of the right side and back in.
    static func loop(from a: FlowLayout.Point, _ na: FlowLayout.Node, to b: FlowLayout.Point, _ nb: FlowLayout.Node) -> [FlowLayout.Point] {
        let same = a == b
        let ya = a.y + na.height / 2 - (same ? 6 : 0), yb = b.y + nb.height / 2 + (same ? 6 : 0)
        let outX = max(a.x + na.width, b.x + nb.width) + 28
        return [.init(x: a.x + na.width, y: ya), .init(x: outX, y: ya), .init(x: outX, y: yb), .init(x: b.x + nb.width, y: yb)]
    }
}
