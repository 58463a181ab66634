/// A record with its terms worked out: the part of indexing that needs no other record, so the
/// caller may make these on every core (`SearchIndex(analyzed:)`) before the index is assembled.
public struct AnalyzedRecord: Sendable {
    /// The record as given.
    public let record: SearchRecord
    /// The terms of the name, in order.
    let nameTerms: [Term]
    /// The distinct terms of the other texts that are not in the name, in the order first seen.
    let textTerms: [Term]

    /// Folds and splits the name and the texts of `record`.
    public init(_ record: SearchRecord) {
        self.record = record
        nameTerms = Folding.scan(record.naam)
        var seen = TermMap(capacity: 128)
        for term in nameTerms { _ = seen.number(term) }
        let inName = seen.count
        for text in record.tekst {
            for term in Folding.scan(text) { _ = seen.number(term) }
        }
        textTerms = Array(seen.terms[inName...])
    }
}
