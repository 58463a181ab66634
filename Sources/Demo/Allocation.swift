/// Splits `total` over slots in proportion to `weights` (largest remainder), after giving each
/// slot `minimum`. Deterministic, and the parts always add up to `total` when that is possible.
func allocate(_ total: Int, weights: [Double], minimum: Int = 0) -> [Int] {
    guard !weights.isEmpty else { return [] }
    let floor = min(minimum, total / weights.count)
    var parts = Array(repeating: floor, count: weights.count)
    let rest = total - floor * weights.count
    let sum = weights.reduce(0, +)
    guard rest > 0, sum > 0 else { return parts }
    var remainders: [(Double, Int)] = []
    var given = 0
    for (index, weight) in weights.enumerated() {
        let exact = Double(rest) * weight / sum
        let whole = Int(exact)
        parts[index] += whole
        given += whole
        remainders.append((exact - Double(whole), index))
    }
    remainders.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
    for position in 0..<(rest - given) {
        parts[remainders[position % remainders.count].1] += 1
    }
    return parts
}
