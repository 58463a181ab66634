/// Typo tolerance: whether two words differ by at most one edit (a letter inserted, dropped,
/// replaced, or two neighbouring letters swapped).
public enum EditDistance {
    /// Whether `a` becomes `b` with at most one edit, byte by byte (terms are ASCII).
    public static func withinOne(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > 1 { return false }
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        if start == a.count && start == b.count { return true }
        let restA = a[min(start + 1, a.count)...], restB = b[min(start + 1, b.count)...]
        if a.count == b.count {
            // Replaced, or swapped with the next letter.
            if restA.elementsEqual(restB) { return true }
            return start + 1 < a.count && a[start] == b[start + 1] && a[start + 1] == b[start]
                && a[(start + 2)...].elementsEqual(b[(start + 2)...])
        }
        // One letter more on one side: skip it there.
        return a.count > b.count ? a[(start + 1)...].elementsEqual(b[start...]) : a[start...].elementsEqual(b[(start + 1)...])
    }
}
