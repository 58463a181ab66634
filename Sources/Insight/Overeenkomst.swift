/// How alike two landscapes are: the Jaccard index of their (referentiecomponent, applicatie)
/// pairs, kept as the two counts so that comparisons are exact and ties are real ties.
public struct Overeenkomst: Sendable, Equatable {
    /// Pairs both have.
    public let gedeeld: Int
    /// Pairs either has.
    public let samen: Int

    public init(gedeeld: Int, samen: Int) {
        self.gedeeld = gedeeld
        self.samen = samen
    }

    /// From two sorted lists of distinct pair codes.
    init(_ a: [Int], _ b: [Int]) {
        let shared = Self.sharedCount(a, b)
        self.init(gedeeld: shared, samen: a.count + b.count - shared)
    }

    /// 0 to 100, rounded half up.
    public var procent: Int { samen == 0 ? 0 : (gedeeld * 200 + samen) / (samen * 2) }

    /// Whether `self` is more alike than `other` (cross-multiplied, so no rounding decides).
    public func isGroter(dan other: Overeenkomst) -> Bool {
        gedeeld * max(other.samen, 1) > other.gedeeld * max(samen, 1)
    }

    /// How many codes two sorted lists share, in one pass.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
