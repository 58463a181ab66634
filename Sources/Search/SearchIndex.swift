/// The search index the browser reads, made by the same build as the pages (so it is never out of
/// date) and split so that a query fetches little. Paths are relative to the index folder; every
/// file is compact JSON with sorted keys, and the same records always give the same bytes.
///
/// - `manifest.json`: `format`, `version` (a hash of what all other files hold, for cache-busting), `records`
///   (how many), `chunk` (records per chunk file), `kinds` (`[kind, first, end]`: each kind is one
///   range of record numbers), `shards` (the term files that exist) and `facets` (`[key, [kinds]]`).
/// - `terms/XY.json`: the terms whose first two letters are `XY` (`ShardKey`), each
///   `[name, shapes, other]`: the records with the term in their name (`Postings`) with one
///   `Shape` character each, and the records with it only in their other texts (`Postings`).
/// - `records/N.json`: records `N × chunk …`, each `[naam, url, samenvatting, toelichting, concept]`,
///   fetched only for the results on screen.
/// - `facets/KEY.json`: every value of a facet as `[naam, slug, count, RecordSet]`, sorted by name; the
///   slug is empty when it is the folded name with hyphens (`derivedSlug`).
///
/// Records are numbered by kind, then folded name, then id, so names that share a prefix are
/// neighbours and the results of a name query mostly sit in one or two chunk files.
public struct SearchIndex: Sendable {
    /// The version of the file format, in the manifest; `zoeken.js` reads this one.
    public static let format = 1
    /// Longest `samenvatting` in characters; longer ones are cut at a space and end in "…".
    public static let summaryLength = 160

    /// The records in index order: record number `n` is `records[n]`.
    public let records: [SearchRecord]
    /// Every file, sorted by path; `manifest.json` among them.
    public let files: [IndexFile]
    /// Each facet's values with their records, in the order of the `facets` asked for.
    public let facets: [Facet]

    /// `facets` are the facet keys in the order the page shows them.
    public init(_ records: [SearchRecord], facets: [String], chunkSize: Int = 32) {
        self.init(analyzed: records.map(AnalyzedRecord.init), facets: facets, chunkSize: chunkSize)
    }

    /// The same from records analysed beforehand, perhaps on several cores.
    public init(analyzed: [AnalyzedRecord], facets: [String], chunkSize: Int = 32) {
        precondition(chunkSize > 0)
        // Sorted by precomputed keys; folded names are ASCII, so bytes compare as letters do.
        let kinds = analyzed.map(\.record.kind.order)
        let folded = analyzed.map { Array($0.nameTerms.map(\.text).joined(separator: " ").utf8) }
        let ids = analyzed.map { Array($0.record.id.utf8) }
        let order = analyzed.indices.sorted { a, b in
            if kinds[a] != kinds[b] { return kinds[a] < kinds[b] }
            if folded[a] != folded[b] { return folded[a].lexicographicallyPrecedes(folded[b]) }
            return ids[a].lexicographicallyPrecedes(ids[b])
        }
        let ordered = order.map { analyzed[$0] }
        let records = ordered.map(\.record)
        let table = TermTable(ordered)
        let indexed = Self.facets(facets, records)
        var files = Self.termFiles(table) + Self.chunkFiles(records, size: chunkSize) + indexed.map(Self.facetFile)
        files.sort { $0.path < $1.path }
        let manifest: [String: CompactJSON] = [
            "format": .int(Self.format),
            "version": .string(Self.version(ordered, facets: indexed, chunkSize: chunkSize)),
            "records": .int(records.count),
            "chunk": .int(chunkSize),
            "kinds": .array(Self.kindRanges(records).map { .array([.string($0.kind.rawValue), .int($0.range.lowerBound), .int($0.range.upperBound)]) }),
            "shards": .array(files.filter { $0.path.hasPrefix("terms/") }.map { .string(String($0.path.dropFirst(6).dropLast(5))) }),
            "facets": .array(indexed.map { .array([.string($0.key), .array($0.kinds.map { .string($0.rawValue) })]) }),
        ]
        let manifestBytes = CompactJSON.object(manifest).bytes
        files.append(IndexFile(path: "manifest.json") { manifestBytes })
        self.records = records
        self.facets = indexed
        self.files = files.sorted { $0.path < $1.path }
    }

    /// Each kind present with its range of record numbers, in index order.
    static func kindRanges(_ records: [SearchRecord]) -> [(kind: SearchKind, range: Range<Int>)] {
        var ranges: [(kind: SearchKind, range: Range<Int>)] = []
        for (number, record) in records.enumerated() {
            if ranges.last?.kind == record.kind {
                ranges[ranges.count - 1].range = ranges[ranges.count - 1].range.lowerBound..<(number + 1)
            } else {
                ranges.append((record.kind, number..<(number + 1)))
            }
        }
        return ranges
    }

    /// At most `summaryLength` characters, cut at a space where there is one.
    static func summary(_ text: String) -> String {
        // A character is at least one byte, so most texts need no counting.
        guard text.utf8.count > summaryLength, text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength - 1)
        let atSpace = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atSpace.trimmingTrailingSpaces + "…"
    }

}

extension Substring {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
