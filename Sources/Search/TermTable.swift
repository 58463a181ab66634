/// The inverted index: every term, the records whose name holds it (with where in the name),
/// and the records that hold it only in their other texts.
struct TermTable {
    struct Entry {
        /// Record numbers in order, with one `Shape` each.
        var name: [Int] = []
        var shapes: [UInt8] = []
        /// Records that have the term in their texts but not in their name.
        var other: [Int] = []
    }

    private(set) var entries: [String: Entry] = [:]

    /// `records` must be in index order, so that every list comes out sorted.
    init(_ records: [SearchRecord]) {
        for (number, record) in records.enumerated() {
            let nameTerms = Folding.terms(record.naam)
            for (position, term) in nameTerms.enumerated() {
                entries[term, default: Entry()].name.append(number)
                entries[term, default: Entry()].shapes.append(Shape.digit(position: position, length: nameTerms.count))
            }
            let inName = Set(nameTerms)
            var seen = Set<String>()
            for text in record.tekst {
                for term in Folding.terms(text) where !inName.contains(term) && seen.insert(term).inserted {
                    entries[term, default: Entry()].other.append(number)
                }
            }
        }
    }
}

/// Where a term sits in a name, in one character: position × 8 + number of terms in the name,
/// each at most 7. Enough to tell "the name is the query" from "the name starts with the query"
/// for queries of up to 7 words.
public enum Shape {
    public static let limit = 7

    static func digit(position: Int, length: Int) -> UInt8 {
        Varint64.digit(min(position, limit) * 8 + min(length, limit))
    }

    /// The position and the name's length from a character's value.
    public static func decode(_ value: Int) -> (position: Int, length: Int) {
        (value / 8, value % 8)
    }
}
