/// The inverted index: every term, the records whose name holds it (with where in the name),
/// and the records that hold it only in their other texts.
struct TermTable {
    /// Term → its number in the lists below.
    private(set) var ids = TermMap(capacity: 4096)
    /// Per term: record numbers in order with one `Shape` each, and the records that have the
    /// term in their texts but not in their name.
    private(set) var name: [[Int]] = []
    private(set) var shapes: [[UInt8]] = []
    private(set) var other: [[Int]] = []

    /// `records` in index order, so that every list comes out sorted.
    init(_ records: [AnalyzedRecord]) {
        func id(_ term: Term) -> Int {
            let (number, isNew) = ids.number(term)
            if isNew {
                name.append([])
                shapes.append([])
                other.append([])
            }
            return number
        }
        for (number, analyzed) in records.enumerated() {
            let terms = analyzed.nameTerms
            for (position, term) in terms.enumerated() {
                let term = id(term)
                name[term].append(number)
                shapes[term].append(Shape.digit(position: position, length: terms.count))
            }
            for term in analyzed.textTerms { other[id(term)].append(number) }
        }
    }
}

/// Where a term sits in a name, in one character: position × 8 + number of terms in the name,
/// each at most 7. Enough to tell "the name is the query" from "the name starts with the query"
/// for queries of up to 7 words.
public enum Shape {
    /// Positions and lengths above this count as this.
    public static let limit = 7

    static func digit(position: Int, length: Int) -> UInt8 {
        Varint64.digit(min(position, limit) * 8 + min(length, limit))
    }

    /// The position and the name's length from a character's value.
    public static func decode(_ value: Int) -> (position: Int, length: Int) {
        (value / 8, value % 8)
    }
}
