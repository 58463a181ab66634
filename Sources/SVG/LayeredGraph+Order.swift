extension LayeredGraph {
    /// Orders each column by the mean position of its neighbours, sweeping right and left in
    /// turn, and keeps the order with the fewest crossings (the earliest of equals). A vertex
    /// without neighbours on the side looked at keeps its place; ties keep the current order.
    mutating func order(sweeps: Int = 8) {
        var best = layers, fewest = crossings()
        // Position of each vertex in its column, for the column being looked at.
        var place = Array(repeating: -1, count: column.count)
        for sweep in 0..<sweeps {
            let rightward = sweep % 2 == 0
            let columns = rightward ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for c in columns {
                let neighbourLayer = layers[rightward ? c - 1 : c + 1]
                for (i, v) in neighbourLayer.enumerated() { place[v] = i }
                let keyed = layers[c].enumerated().map { i, v -> (Double, Int, Int) in
                    var sum = 0, count = 0
                    for other in rightward ? left[v] : right[v] where place[other] >= 0 {
                        sum += place[other]
                        count += 1
                    }
                    // Positions of the two columns are scaled alike so a vertex without
                    // neighbours stays about where it was.
                    let scale = neighbourLayer.count > 1 && layers[c].count > 1 ? Double(neighbourLayer.count - 1) / Double(layers[c].count - 1) : 1
                    let mean = count == 0 ? Double(i) * scale : Double(sum) / Double(count)
                    return (mean, i, v)
                }
                for v in neighbourLayer { place[v] = -1 }
                layers[c] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
            let count = crossings()
            if count < fewest {
                fewest = count
                best = layers
            }
        }
        layers = best
    }

    /// How many pairs of lines cross between neighbouring columns.
    func crossings() -> Int {
        var total = 0
        var place = Array(repeating: -1, count: column.count)
        var segments: [(Int, Int)] = []
        for c in layers.indices.dropLast() {
            for (i, v) in layers[c + 1].enumerated() { place[v] = i }
            segments.removeAll(keepingCapacity: true)
            for (i, v) in layers[c].enumerated() {
                for w in right[v] where place[w] >= 0 { segments.append((i, place[w])) }
            }
            for v in layers[c + 1] { place[v] = -1 }
            for a in segments.indices {
                for b in segments.indices where b > a {
                    let (s, t) = (segments[a], segments[b])
                    if (s.0 < t.0 && s.1 > t.1) || (s.0 > t.0 && s.1 < t.1) { total += 1 }
                }
            }
        }
        return total
    }
}
