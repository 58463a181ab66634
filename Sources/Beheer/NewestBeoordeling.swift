/// Keeps one beoordeling per organisation and subject when a merge brings two together.
enum NewestBeoordeling {
    /// A beoordeling removed in favour of a newer one.
    struct Removal: Sendable, Equatable {
        var removed: String
        var kept: String
    }

    /// For every group (by `group`, nil for beoordelingen that take no part) that holds a moved
    /// beoordeling and more than one in all, keeps the newest by `datum` and removes the others.
    /// A beoordeling without a date counts as the oldest; on a tie the survivor's own wins, then the
    /// one that comes first in the file. Older ones are removed rather than kept as history, because
    /// the site counts one beoordeling per organisation in its average.
    static func keep(_ beoordelingen: [DataRecord], moved: Set<String>, group: (DataRecord) -> String?) -> ([DataRecord], [Removal]) {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (position, beoordeling) in beoordelingen.enumerated() {
            guard let key = group(beoordeling) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(position)
        }
        var removals: [Removal] = []
        var removed = Set<Int>()
        for key in order {
            let members = groups[key]!
            guard members.count > 1, members.contains(where: { moved.contains(beoordelingen[$0].id) }) else { continue }
            // Newest first; then own before moved; then file order.
            let ranked = members.sorted { a, b in
                let (x, y) = (beoordelingen[a], beoordelingen[b])
                let (dx, dy) = (x.string("datum") ?? "", y.string("datum") ?? "")
                if dx != dy { return dx > dy }
                let (mx, my) = (moved.contains(x.id), moved.contains(y.id))
                if mx != my { return !mx }
                return a < b
            }
            for position in ranked.dropFirst() {
                removals.append(Removal(removed: beoordelingen[position].id, kept: beoordelingen[ranked[0]].id))
                removed.insert(position)
            }
        }
        return (beoordelingen.enumerated().filter { !removed.contains($0.offset) }.map(\.element), removals)
    }
}
