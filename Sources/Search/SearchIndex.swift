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
    public static let format = 1
    /// Longest `samenvatting` in characters; longer ones are cut at a space and end in "…".
    public static let summaryLength = 160

    /// The records in index order: record number `n` is `records[n]`.
    public let records: [SearchRecord]
    /// Every file, sorted by path; `manifest.json` among them.
    public let files: [IndexFile]
    /// Each facet's values with their records, in the order of the `facets` asked for.
    public let facets: [Facet]

    /// A facet as the index holds it.
    public struct Facet: Sendable {
        public let key: String
        /// The kinds of record that have a value of this facet.
        public let kinds: [SearchKind]
        /// Sorted by folded name, then slug.
        public let values: [Value]

        public struct Value: Sendable {
            public let value: FacetValue
            /// Record numbers in index order, each once.
            public let records: [Int]
        }
    }

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

    private static func termFiles(_ table: TermTable) -> [IndexFile] {
        let byShard = Dictionary(grouping: table.ids.terms.enumerated().map { (text: $0.element.text, id: $0.offset) }, by: { ShardKey.of($0.text) })
        return byShard.map { shard, terms in
            IndexFile(path: "terms/\(shard).json") {
                var fields: [String: CompactJSON] = [:]
                for (term, id) in terms {
                    fields[term] = .array([
                        .string(Postings.encode(table.name[id])), .string(String(decoding: table.shapes[id], as: UTF8.self)),
                        .string(Postings.encode(table.other[id])),
                    ])
                }
                return CompactJSON.object(fields).bytes
            }
        }
    }

    private static func chunkFiles(_ records: [SearchRecord], size: Int) -> [IndexFile] {
        stride(from: 0, to: records.count, by: size).map { start in
            IndexFile(path: "records/\(start / size).json") {
                CompactJSON.array(records[start..<min(start + size, records.count)].map { record in
                    .array([
                        .string(record.naam), .string(record.url), .string(summary(record.samenvatting)),
                        .string(record.toelichting ?? ""), .int(record.concept ? 1 : 0),
                    ])
                }).bytes
            }
        }
    }

    /// Every facet's values in one pass over the records.
    private static func facets(_ keys: [String], _ records: [SearchRecord]) -> [Facet] {
        let position = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        // Per facet: slug → value number, and per value its records.
        var numbers = [[String: Int]](repeating: [:], count: keys.count)
        var values = [[(value: FacetValue, records: [Int])]](repeating: [], count: keys.count)
        var kinds = [Set<SearchKind>](repeating: [], count: keys.count)
        for (number, record) in records.enumerated() {
            for (key, own) in record.facetten where !own.isEmpty {
                guard let facet = position[key] else { continue }
                kinds[facet].insert(record.kind)
                for value in own {
                    let index: Int
                    if let known = numbers[facet][value.slug] {
                        index = known
                    } else {
                        index = values[facet].count
                        numbers[facet][value.slug] = index
                        values[facet].append((value, []))
                    }
                    if values[facet][index].records.last != number { values[facet][index].records.append(number) }
                }
            }
        }
        return keys.indices.map { facet in
            let sorted = values[facet].map { (folded: Array(Folding.fold($0.value.naam).utf8), slug: Array($0.value.slug.utf8), value: Facet.Value(value: $0.value, records: $0.records)) }
                .sorted { $0.folded != $1.folded ? $0.folded.lexicographicallyPrecedes($1.folded) : $0.slug.lexicographicallyPrecedes($1.slug) }
            return Facet(key: keys[facet], kinds: kinds[facet].sorted(), values: sorted.map(\.value))
        }
    }

    private static func facetFile(_ facet: Facet) -> IndexFile {
        IndexFile(path: "facets/\(facet.key).json") {
            CompactJSON.array(facet.values.map {
                .array([.string($0.value.naam), .string(storedSlug($0.value)), .int($0.records.count), .string(RecordSet.encode($0.records))])
            }).bytes
        }
    }

    /// A slug that is the folded name with hyphens (most are) is left out, and the reader makes it
    /// again: a third of the leverancier facet's bytes.
    static func storedSlug(_ value: FacetValue) -> String {
        value.slug == derivedSlug(value.naam) ? "" : value.slug
    }

    /// `Acme Software B.V.` → `acme-software-b-v`.
    public static func derivedSlug(_ naam: String) -> String {
        Folding.terms(naam).joined(separator: "-")
    }

    /// At most `summaryLength` characters, cut at a space where there is one.
    static func summary(_ text: String) -> String {
        // A character is at least one byte, so most texts need no counting.
        guard text.utf8.count > summaryLength, text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength - 1)
        let atSpace = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atSpace.trimmingTrailingSpaces + "…"
    }

    /// FNV-1a over everything the files are made from (the format, the records in order with
    /// their terms, the facets), so it changes whenever a file would, without making the files:
    /// they are made later, each on the core that writes it.
    private static func version(_ records: [AnalyzedRecord], facets: [Facet], chunkSize: Int) -> String {
        var hash = VersionHash()
        hash.add(format)
        hash.add(chunkSize)
        for analyzed in records {
            let record = analyzed.record
            for text in [record.kind.rawValue, record.naam, record.url, record.samenvatting, record.toelichting ?? ""] { hash.add(text) }
            hash.add(record.concept ? 1 : 0)
            hash.add(analyzed.nameTerms.count)
            for term in analyzed.nameTerms { hash.add(term.hash) }
            for term in analyzed.textTerms { hash.add(term.hash) }
        }
        for facet in facets {
            hash.add(facet.key)
            for value in facet.values {
                hash.add(value.value.naam)
                hash.add(value.value.slug)
                for record in value.records { hash.add(record) }
            }
        }
        let hex = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// 64-bit FNV-1a over texts (each ended by one more step), and numbers taken whole.
struct VersionHash {
    private(set) var value = Term.offset

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* Term.prime }
        value = value &* Term.prime
    }

    /// A whole number in one step: enough to notice a change, which is all the version is for.
    mutating func add(_ number: Int) {
        value = (value ^ UInt64(bitPattern: Int64(number))) &* Term.prime
    }
}

/// One file of the index: its path inside the index folder, and how to make its bytes, which the
/// build does when it writes the file (on whichever core is free).
public struct IndexFile: Sendable, Equatable {
    public let path: String
    public let make: @Sendable () -> [UInt8]

    init(path: String, make: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.make = make
    }

    public var bytes: [UInt8] { make() }

    public static func == (a: IndexFile, b: IndexFile) -> Bool {
        a.path == b.path && a.bytes == b.bytes
    }
}

extension Substring {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
