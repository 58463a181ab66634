/// Makes room on a drawing without moving anything onto anything else: a coordinate `c` moves by
/// the sum of the room inserted at lines at or before it. The map only ever adds, and keeps the
/// order of all coordinates, so boxes that did not overlap still do not, boxes inside others stay
/// inside, and a box gets taller (or wider) exactly by the room inserted within it.
struct Stretch {
    /// Lines where room is inserted, ascending.
    private var lines: [Int] = []
    /// `shifts[k]`: the room inserted at `lines[0...k]` together.
    private var shifts: [Int] = []

    /// No room anywhere: every coordinate stays.
    static let none = Stretch()

    private init() {}

    /// The least room (greedily) so that each box from `start` to `end` gains at least `extra`.
    /// Room for a box goes at its far edge, so the boxes beyond it move and the box grows.
    init(_ needs: [(start: Int, end: Int, extra: Int)]) {
        for need in needs.sorted(by: { ($0.end, $0.start) < ($1.end, $1.start) }) where need.extra > 0 {
            let missing = need.extra - (shift(atOrBefore: need.end) - shift(atOrBefore: need.start))
            guard missing > 0 else { continue }
            // Needs come by ascending end, so a new line is never before the last one.
            if lines.last == need.end {
                shifts[shifts.count - 1] += missing
            } else {
                lines.append(need.end)
                shifts.append((shifts.last ?? 0) + missing)
            }
        }
    }

    func map(_ c: Int) -> Int { c + shift(atOrBefore: c) }

    private func shift(atOrBefore c: Int) -> Int {
        var low = 0, high = lines.count  // first line after c
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] <= c { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : shifts[low - 1]
    }
}
