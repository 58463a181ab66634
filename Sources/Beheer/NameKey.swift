import Foundation

/// Names reduced to what tells two registrations apart, so that "Zaaksysteem B.V. 2.0" and
/// "zaaksysteem" meet: diacritics folded, lower case, punctuation gone, and words that say nothing
/// about the product or organisation dropped (legal forms, articles, version numbers).
enum NameKey {
    /// Legal forms, articles and the like; "gemeente" because "Gemeente Brielle" is Brielle.
    static let fillerWords: Set<String> = [
        "bv", "nv", "vof", "cv", "ba", "inc", "ltd", "gmbh", "holding", "groep", "group",
        "de", "het", "een", "the", "gemeente", "versie", "release", "editie",
    ]

    /// For sorting names as people expect: diacritics and case ignored ("Één" beside "een").
    static func folded(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// The words of `name` that count. `context` are words to drop as well, such as the leverancier's
    /// own name in its products' names ("Lindeware Documentbeheer" by Lindeware B.V.), unless nothing
    /// would be left.
    static func words(_ name: String, dropping context: Set<String> = []) -> [String] {
        // Dots and apostrophes join what they separate: "B.V." is "bv", "'s-Hertogenbosch" keeps its "s".
        let joined = folded(name).replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "'", with: "")
        let all = joined.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let meaningful = all.filter { !fillerWords.contains($0) && !isVersion($0) }
        let specific = meaningful.filter { !context.contains($0) }
        return specific.isEmpty ? meaningful : specific
    }

    /// The key two names share when they name the same thing.
    static func key(_ name: String, dropping context: Set<String> = []) -> String {
        words(name, dropping: context).joined(separator: " ")
    }

    /// `2`, `2024`, `v3`, `10x` is not a version: digits, optionally after a `v`.
    private static func isVersion(_ word: String) -> Bool {
        let digits = word.first == "v" ? word.dropFirst() : word[...]
        return !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }
}
