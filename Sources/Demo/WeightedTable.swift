/// Items with relative weights, prepared once for many draws (binary search over running sums).
struct WeightedTable<Item> {
    let items: [Item]
    private let cumulative: [Double]

    init(_ items: [Item], weights: [Double]) {
        precondition(items.count == weights.count)
        self.items = items
        var running = 0.0
        cumulative = weights.map { weight in
            running += max(weight, 0)
            return running
        }
    }

    var isEmpty: Bool { items.isEmpty || (cumulative.last ?? 0) <= 0 }

    /// One item, with probability proportional to its weight.
    func draw(_ random: inout SplitMix64) -> Item {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
