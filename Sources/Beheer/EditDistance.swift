/// How many single-character edits (insert, delete, replace) turn one text into another.
enum EditDistance {
    /// The Levenshtein distance of `a` and `b` when it is at most `limit`, otherwise nil; texts whose
    /// lengths differ by more than `limit` are not compared at all, which keeps pairwise checks cheap.
    static func within(_ limit: Int, _ a: String, _ b: String) -> Int? {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= limit else { return nil }
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) <= limit ? max(x.count, y.count) : nil }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let replace = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(replace, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            // Every later row is at least this row's minimum.
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
