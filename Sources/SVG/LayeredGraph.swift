/// The working state of `FlowLayout`: every box and every point where a long line passes a
/// column (a "dummy"), the column of each, and the order within each column.
struct LayeredGraph {
    let nodes: [FlowLayout.Node]
    let edges: [FlowLayout.Edge]
    /// Column of every vertex: the boxes first (same positions as `nodes`), then the dummies.
    var column: [Int] = []
    /// Per edge the vertices it passes from its left end to its right end; empty when both ends
    /// are in one column (a box to itself, or two band boxes).
    var chains: [[Int]] = []
    /// Per edge: its chain runs from `to` to `from`.
    var flipped: [Bool] = []
    /// The vertices of each column, top to bottom.
    var layers: [[Int]] = []
    /// Neighbours of each vertex in the column to its left and to its right.
    var left: [[Int]] = []
    var right: [[Int]] = []
    var bandColumn: Int?

    init(_ nodes: [FlowLayout.Node], _ edges: [FlowLayout.Edge]) {
        self.nodes = nodes
        self.edges = edges
        let columns = Self.columns(nodes, edges)
        column = columns.column
        bandColumn = columns.band
        makeChains(oriented: columns.oriented)
        let count = column.count
        left = Array(repeating: [], count: count)
        right = Array(repeating: [], count: count)
        for chain in chains {
            for (a, b) in zip(chain, chain.dropFirst()) {
                right[a].append(b)
                left[b].append(a)
            }
        }
        layers = Array(repeating: [], count: (column.max() ?? -1) + 1)
        for vertex in initialOrder() { layers[column[vertex]].append(vertex) }
    }

    /// Columns of the boxes: cycles broken depth-first in the caller's order, each box as far
    /// left as its longest incoming path, then moved right as far as its successors allow (so
    /// lines stay short), empty columns dropped; band boxes in one column after all others.
    /// `oriented[i]` is edge i as (left end, right end), nil when it cannot be oriented.
    private static func columns(_ nodes: [FlowLayout.Node], _ edges: [FlowLayout.Edge]) -> (column: [Int], band: Int?, oriented: [(Int, Int)?]) {
        let n = nodes.count
        var out = Array(repeating: [(to: Int, edge: Int)](), count: n)
        for (i, e) in edges.enumerated() where e.from != e.to && !nodes[e.from].inBand && !nodes[e.to].inBand {
            out[e.from].append((e.to, i))
        }
        for u in 0..<n { out[u].sort { ($0.to, $0.edge) < ($1.to, $1.edge) } }
        // Depth-first: an edge to a box still on the path closes a cycle and is turned around.
        var state = Array(repeating: 0, count: n), turned = Array(repeating: false, count: edges.count)
        var finished: [Int] = []
        for start in 0..<n where state[start] == 0 && !nodes[start].inBand {
            var stack = [(node: start, next: 0)]
            state[start] = 1
            while let top = stack.last {
                if top.next < out[top.node].count {
                    stack[stack.count - 1].next += 1
                    let (to, edge) = out[top.node][top.next]
                    if state[to] == 1 { turned[edge] = true } else if state[to] == 0 {
                        state[to] = 1
                        stack.append((to, 0))
                    }
                } else {
                    state[top.node] = 2
                    finished.append(top.node)
                    stack.removeLast()
                }
            }
        }
        var successors = Array(repeating: [Int](), count: n), toBand = Array(repeating: false, count: n)
        var oriented: [(Int, Int)?] = Array(repeating: nil, count: edges.count)
        for (i, e) in edges.enumerated() where e.from != e.to {
            switch (nodes[e.from].inBand, nodes[e.to].inBand) {
            case (false, false):
                let pair = turned[i] ? (e.to, e.from) : (e.from, e.to)
                oriented[i] = pair
                successors[pair.0].append(pair.1)
            case (false, true): oriented[i] = (e.from, e.to); toBand[e.from] = true
            case (true, false): oriented[i] = (e.to, e.from); toBand[e.to] = true
            case (true, true): break
            }
        }
        let topological = Array(finished.reversed())
        var layer = Array(repeating: 0, count: n)
        for u in topological { for w in successors[u] { layer[w] = max(layer[w], layer[u] + 1) } }
        let last = (topological.map { layer[$0] }.max() ?? -1) + 1
        for u in topological.reversed() where !successors[u].isEmpty || toBand[u] {
            let limit = successors[u].map { layer[$0] - 1 }.min() ?? (last - 1)
            layer[u] = toBand[u] ? min(limit, last - 1) : limit
        }
        let used = Set(topological.map { layer[$0] }).sorted()
        let renumber = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        let hasBand = nodes.contains { $0.inBand }
        let column = (0..<n).map { nodes[$0].inBand ? used.count : renumber[layer[$0]] ?? 0 }
        return (column, hasBand ? used.count : nil, oriented)
    }

    private mutating func makeChains(oriented: [(Int, Int)?]) {
        for (i, pair) in oriented.enumerated() {
            guard let (a, b) = pair, column[a] < column[b] else {
                chains.append([])
                flipped.append(false)
                continue
            }
            var chain = [a]
            for c in (column[a] + 1)..<column[b] {
                chain.append(column.count)
                column.append(c)
            }
            chain.append(b)
            chains.append(chain)
            flipped.append(a != edges[i].from)
        }
    }

    /// Boxes in the order a breadth-first walk over the lines meets them, starting from each
    /// box not yet met in the caller's order: what is connected starts out together. A dummy
    /// follows its line's left end.
    private func initialOrder() -> [Int] {
        let n = nodes.count
        var neighbours = Array(repeating: [Int](), count: n)
        for e in edges where e.from != e.to {
            neighbours[e.from].append(e.to)
            neighbours[e.to].append(e.from)
        }
        var rank = Array(repeating: Double.infinity, count: column.count), next = 0.0
        for start in 0..<n where rank[start] == .infinity {
            var queue = [start], head = 0
            rank[start] = next
            next += 1
            while head < queue.count {
                let u = queue[head]
                head += 1
                for w in neighbours[u].sorted() where rank[w] == .infinity {
                    rank[w] = next
                    next += 1
                    queue.append(w)
                }
            }
        }
        for chain in chains where chain.count > 2 {
            for dummy in chain.dropFirst().dropLast() { rank[dummy] = rank[chain[0]] + 0.5 }
        }
        return (0..<column.count).sorted { (rank[$0], $0) < (rank[$1], $1) }
    }
}
