/// Stable, readable ids: a prefix and a zero-padded number ("org-0001", "app-00001"). The width
/// grows with the count so ids sort like numbers at every scale.
struct IdMaker {
    let prefix: String
    let width: Int

    init(_ prefix: String, minimumWidth: Int, count: Int) {
        self.prefix = prefix
        width = max(minimumWidth, String(max(count, 1)).count)
    }

    /// The id of the item at 0-based `index`.
    func id(_ index: Int) -> String {
        let digits = String(index + 1)
        return prefix + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
