/// Shares as the Dutch write them: one decimal, comma as decimal separator (`87,5%`).
enum Percentage {
    /// `part` of `total`, rounded half up to one decimal; `–` when there is nothing to count.
    static func text(_ part: Int, of total: Int) -> String {
        guard total > 0 else { return "–" }
        let tenths = (part * 1000 + total / 2) / total
        return "\(tenths / 10),\(tenths % 10)%"
    }
}
