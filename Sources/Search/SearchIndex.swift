/// The search index the browser reads, made by the same build as the pages (so it is never out of
/// date) and split so that a query fetches little. Paths are relative to the index folder; every
/// file is compact JSON with sorted keys, and the same records always give the same bytes.
///
/// - `manifest.json`: `format`, `version` (a hash of all other files, for cache-busting), `records`
///   (how many), `chunk` (records per chunk file), `kinds` (`[kind, first, end]`: each kind is one
///   range of record numbers), `shards` (the term files that exist) and `facets` (`[key, [kinds]]`).
/// - `terms/XY.json`: the terms whose first two letters are `XY` (`ShardKey`), each
///   `[name, shapes, other]`: the records with the term in their name (`Postings`) with one
///   `Shape` character each, and the records with it only in their other texts (`Postings`).
/// - `records/N.json`: records `N × chunk …`, each `[naam, url, samenvatting, toelichting, concept]`,
///   fetched only for the results on screen.
/// - `facets/KEY.json`: every value of a facet as `[naam, slug, count, RecordSet]`, sorted by name.
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

    /// `facets` are the facet keys in the order the page shows them.
    public init(_ records: [SearchRecord], facets: [String], chunkSize: Int = 16) {
        precondition(chunkSize > 0)
        let keyed = records.map { (kind: $0.kind, folded: Folding.fold($0.naam), id: $0.id, record: $0) }
        let ordered = keyed.sorted { a, b in
            (a.kind.order, a.folded, a.id) < (b.kind.order, b.folded, b.id)
        }.map(\.record)
        var files = Self.termFiles(TermTable(ordered))
        files += Self.chunkFiles(ordered, size: chunkSize)
        let facetFiles = facets.map { Self.facetFile($0, ordered) }
        files += facetFiles.map(\.file)
        files.sort { $0.path < $1.path }
        let manifest: [String: CompactJSON] = [
            "format": .int(Self.format),
            "version": .string(Self.version(of: files)),
            "records": .int(ordered.count),
            "chunk": .int(chunkSize),
            "kinds": .array(Self.kindRanges(ordered).map { .array([.string($0.kind.rawValue), .int($0.range.lowerBound), .int($0.range.upperBound)]) }),
            "shards": .array(files.filter { $0.path.hasPrefix("terms/") }.map { .string(String($0.path.dropFirst(6).dropLast(5))) }),
            "facets": .array(facetFiles.map { .array([.string($0.key), .array($0.kinds.map { .string($0.rawValue) })]) }),
        ]
        files.append(IndexFile(path: "manifest.json", bytes: CompactJSON.object(manifest).bytes))
        self.records = ordered
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
        let byShard = Dictionary(grouping: table.entries.keys, by: ShardKey.of)
        return byShard.map { shard, terms in
            var fields: [String: CompactJSON] = [:]
            for term in terms {
                let entry = table.entries[term]!
                fields[term] = .array([.string(Postings.encode(entry.name)), .string(String(decoding: entry.shapes, as: UTF8.self)), .string(Postings.encode(entry.other))])
            }
            return IndexFile(path: "terms/\(shard).json", bytes: CompactJSON.object(fields).bytes)
        }
    }

    private static func chunkFiles(_ records: [SearchRecord], size: Int) -> [IndexFile] {
        stride(from: 0, to: records.count, by: size).map { start in
            let chunk = records[start..<min(start + size, records.count)].map { record in
                CompactJSON.array([
                    .string(record.naam), .string(record.url), .string(summary(record.samenvatting)),
                    .string(record.toelichting ?? ""), .int(record.concept ? 1 : 0),
                ])
            }
            return IndexFile(path: "records/\(start / size).json", bytes: CompactJSON.array(chunk).bytes)
        }
    }

    private static func facetFile(_ key: String, _ records: [SearchRecord]) -> (key: String, kinds: [SearchKind], file: IndexFile) {
        var values: [String: (naam: String, records: [Int])] = [:]
        var kinds = Set<SearchKind>()
        for (number, record) in records.enumerated() {
            guard let own = record.facetten[key], !own.isEmpty else { continue }
            kinds.insert(record.kind)
            for value in Set(own) {
                values[value.slug, default: (value.naam, [])].records.append(number)
            }
        }
        let sorted = values.map { (slug: $0.key, naam: $0.value.naam, folded: Folding.fold($0.value.naam), records: $0.value.records) }
            .sorted { ($0.folded, $0.slug) < ($1.folded, $1.slug) }
        let json = CompactJSON.array(sorted.map { .array([.string($0.naam), .string($0.slug), .int($0.records.count), .string(RecordSet.encode($0.records))]) })
        return (key, kinds.sorted(), IndexFile(path: "facets/\(key).json", bytes: json.bytes))
    }

    /// At most `summaryLength` characters, cut at a space where there is one.
    static func summary(_ text: String) -> String {
        guard text.count > summaryLength else { return text }
        let cut = text.prefix(summaryLength - 1)
        let atSpace = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atSpace.trimmingTrailingSpaces + "…"
    }

    /// FNV-1a over every path and byte: changes whenever any file changes, the same on every build.
    private static func version(of files: [IndexFile]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in file.path.utf8 + [0] + file.bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// One file of the index: its path inside the index folder and its bytes.
public struct IndexFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]
}

extension Substring {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
