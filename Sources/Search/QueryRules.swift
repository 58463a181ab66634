/// The matching and ranking rules, one place for the Swift engine and, word for word, `zoeken.js`.
///
/// - The query is folded like the index (`Folding`). A last word of one letter is still being
///   typed and waits; a query of one letter waits for the second.
/// - Every word must match (AND). A word of two letters or more matches each term that starts
///   with it; a one-letter word only the same term. Words of `typoMinimum` letters or more also
///   match terms one edit away, or whose start is one edit away, within the same term file: the
///   first two letters must be right.
/// - Ranking tiers: the name is the query; the name starts with the query; every word is in the
///   name; a word matched elsewhere only. Within a tier, fewer words matched only through a
///   typo first, then shorter names, then record order (kind, then name A–Z).
public enum QueryRules {
    /// Words this long or longer are also matched with one typo.
    public static let typoMinimum = 5

    /// The words a query searches for.
    public static func words(_ query: String) -> [String] {
        var words = Folding.terms(query)
        if let last = words.last, last.count == 1 { words.removeLast() }
        return words
    }

    /// How a term matches a word of the query.
    public enum Match: Equatable {
        /// The term is the word, or one edit away from it when `typo`.
        case exact(typo: Bool)
        /// The term starts with the word, or with something one edit away from it when `typo`.
        case prefix(typo: Bool)

        var typo: Bool {
            switch self {
            case .exact(let typo), .prefix(let typo): typo
            }
        }
    }

    /// How `term` matches `word`, nil when it does not.
    public static func match(_ word: String, _ term: String) -> Match? {
        if term == word { return .exact(typo: false) }
        if word.count == 1 { return nil }
        if term.hasPrefix(word) { return .prefix(typo: false) }
        guard word.utf8.count >= typoMinimum else { return nil }
        let w = Array(word.utf8), t = Array(term.utf8)
        if EditDistance.withinOne(w, t) { return .exact(typo: true) }
        for length in [w.count - 1, w.count, w.count + 1] where length < t.count {
            if EditDistance.withinOne(w, t[..<length]) { return .prefix(typo: true) }
        }
        return nil
    }

    /// How well a record matches, best first.
    public enum Tier: Int, Comparable, Sendable {
        case exactName, namePrefix, inName, elsewhere

        /// Better tiers sort first.
        public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    /// What one word found in one record.
    public struct WordHit: Sendable {
        /// Name positions (a bit per position, up to `Shape.limit`) where a term is the word.
        public var exactAt: UInt8 = 0
        /// Name positions where a term is the word or starts with it.
        public var prefixAt: UInt8 = 0
        /// Whether a term of the name matched.
        public var inName = false
        /// Whether a term of the other texts matched.
        public var elsewhere = false
        /// Whether some match needed no typo.
        public var clean = false
        /// Terms in the record's name (at most `Shape.limit`).
        public var nameLength = 0

        /// Nothing found yet.
        public init() {}
    }

    /// The tier of a record that every word matched, `hits[i]` for word `i`.
    public static func tier(_ hits: [WordHit]) -> Tier {
        let n = hits.count
        if n <= Shape.limit, let last = hits.last {
            let leading = hits.dropLast().enumerated().allSatisfy { $0.element.exactAt & (1 << $0.offset) != 0 }
            if leading && last.exactAt & (1 << (n - 1)) != 0 && last.nameLength == n { return .exactName }
            if leading && last.prefixAt & (1 << (n - 1)) != 0 { return .namePrefix }
        }
        return hits.allSatisfy(\.inName) ? .inName : .elsewhere
    }
}
