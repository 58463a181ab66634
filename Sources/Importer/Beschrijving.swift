/// The two descriptions of an applicatie made from the one `Pakket Beschrijving` of the old export.
enum Beschrijving {
    /// The register's limit for `beschrijvingKort`.
    static let maximumKort = 255

    /// The first sentence of the first line that is not blank: a sentence ends at `.`, `!` or `?`
    /// followed by a space and a capital or a digit, unless the dot ends an abbreviation
    /// (`o.a. WOZ`, `bijv. Zaken`, `J. Jansen`; see `isAbbreviation`). Longer than 255
    /// characters, it is cut at the last space before the limit and ends with `…`. Nil for a text
    /// of only white space.
    static func kort(_ text: String) -> String? {
        guard let line = text.split(whereSeparator: \.isNewline).lazy.map(trimmed).first(where: { !$0.isEmpty }) else { return nil }
        var sentence = firstSentence(line)
        if sentence.count > maximumKort {
            let room = sentence.prefix(maximumKort - 1)
            let cut = room.lastIndex(of: " ").map { room[..<$0] } ?? room
            sentence = trimmed(cut) + "…"
        }
        return sentence
    }

    /// The whole text for `beschrijvingLang` (markdown), trimmed; nil when it says no more than
    /// `kort`, so a page does not show the same sentence twice.
    static func lang(_ text: String, kort: String?) -> String? {
        let whole = trimmed(Substring(text))
        return whole.isEmpty || whole == kort ? nil : whole
    }

    private static func firstSentence(_ line: String) -> String {
        let characters = Array(line)
        var index = 0
        while index + 2 < characters.count {
            if ".!?".contains(characters[index]), characters[index + 1] == " ",
               characters[index + 2].isUppercase || characters[index + 2].isASCIIDigit,
               characters[index] != "." || !isAbbreviation(word(before: index, in: characters)) {
                return String(characters[...index])
            }
            index += 1
        }
        return line
    }

    /// The word that ends at `end` (exclusive), back to the previous space.
    private static func word(before end: Int, in characters: [Character]) -> String {
        let start = characters[..<end].lastIndex(of: " ").map { $0 + 1 } ?? 0
        return String(characters[start..<end])
    }

    /// A single letter (an initial), a word with a dot inside (`o.a`, `m.b.t`), or one of the Dutch
    /// abbreviations a description is likely to hold.
    private static func isAbbreviation(_ word: String) -> Bool {
        (word.count == 1 && word.allSatisfy(\.isLetter)) || word.contains(".") || abbreviations.contains(word.lowercased())
    }

    private static let abbreviations: Set<String> = [
        "bijv", "bv", "ca", "dhr", "dr", "etc", "evt", "excl", "incl", "ing", "ir", "jl", "mevr", "mr", "nr", "prof", "resp", "zgn",
    ]

    private static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map(text.index(after:)) ?? start
        return start < end ? String(text[start..<end]) : ""
    }
}
