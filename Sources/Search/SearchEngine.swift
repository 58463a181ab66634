import Foundation

/// Answers queries from the index files alone, with the rules of `QueryRules`, as `zoeken.js` does
/// in the browser: the reference the tests hold the format and the rules to. It also says which
/// files a query needs, which is what the browser downloads.
public struct SearchEngine: Sendable {
    /// A record that matched, with what its place in the ranking depends on.
    public struct Hit: Equatable, Sendable {
        /// Its record number.
        public let record: Int
        /// How well it matched (`QueryRules.tier`).
        public let tier: QueryRules.Tier
        /// Words it matched only through a typo.
        public let typos: Int
        /// Terms in its name, when the first word matched the name; else 0.
        public let nameLength: Int
    }

    /// What a query finds.
    public struct Result: Sendable {
        /// Best first.
        public var hits: [Hit]
        /// Facet key → value slug → how many hits have it when every other facet's choice applies;
        /// `type` counts kinds. Values without hits are left out.
        public var counts: [String: [String: Int]]
        /// Index files the query reads besides the manifest (term files, facet files).
        public var files: [String]
    }

    private let files: [String: [UInt8]]
    private let kinds: [(kind: String, range: Range<Int>)]
    private let facetKinds: [(key: String, kinds: Set<String>)]
    /// Records in the index.
    public let recordCount: Int
    /// Records per chunk file.
    public let chunkSize: Int
    private let shards: Set<String>

    /// Nil when `manifest.json` is missing or not what `SearchIndex` writes.
    public init?(files: [String: [UInt8]]) {
        guard let manifest = files["manifest.json"].flatMap(Self.json) as? [String: Any],
              manifest["format"] as? Int == SearchIndex.format,
              let records = manifest["records"] as? Int, let chunk = manifest["chunk"] as? Int,
              let kinds = manifest["kinds"] as? [[Any]], let shards = manifest["shards"] as? [String],
              let facets = manifest["facets"] as? [[Any]] else { return nil }
        self.files = files
        self.recordCount = records
        self.chunkSize = chunk
        self.shards = Set(shards)
        self.kinds = kinds.compactMap { entry in
            guard entry.count == 3, let kind = entry[0] as? String, let first = entry[1] as? Int, let end = entry[2] as? Int else { return nil }
            return (kind, first..<end)
        }
        self.facetKinds = facets.compactMap { entry in
            guard entry.count == 2, let key = entry[0] as? String, let kinds = entry[1] as? [String] else { return nil }
            return (key, Set(kinds))
        }
    }

    /// `filters`: facet key (or `type`) → the slugs chosen; a record must have one of them for
    /// every facet with a choice. A query without words lists every record the filters let through.
    public func search(_ query: String, filters: [String: Set<String>] = [:]) -> Result {
        let words = QueryRules.words(query)
        var needed: [String] = []
        var candidates: [Int: [QueryRules.WordHit]]
        if words.isEmpty {
            guard filters.values.contains(where: { !$0.isEmpty }) else { return Result(hits: [], counts: [:], files: []) }
            candidates = Dictionary(uniqueKeysWithValues: (0..<recordCount).map { ($0, []) })
        } else {
            candidates = [:]
            for (index, word) in words.enumerated() {
                let shard = ShardKey.of(word)
                if shards.contains(shard), !needed.contains("terms/\(shard).json") { needed.append("terms/\(shard).json") }
                let found = hits(for: word)
                if index == 0 {
                    candidates = found.mapValues { [$0] }
                } else {
                    var next: [Int: [QueryRules.WordHit]] = [:]
                    for (record, list) in candidates {
                        if let hit = found[record] { next[record] = list + [hit] }
                    }
                    candidates = next
                }
            }
        }
        let facetSets = loadFacets(needed: &needed, for: Set(candidates.keys))
        let chosen = filters.filter { !$0.value.isEmpty }
        func passes(_ record: Int, except skipped: String?) -> Bool {
            chosen.allSatisfy { key, slugs in key == skipped || has(record, key: key, slugs: slugs, facetSets) }
        }
        var hits: [Hit] = []
        for (record, list) in candidates where passes(record, except: nil) {
            hits.append(Hit(record: record, tier: list.isEmpty ? .elsewhere : QueryRules.tier(list),
                            typos: list.filter { !$0.clean }.count, nameLength: list.first?.nameLength ?? 0))
        }
        hits.sort { ($0.tier, $0.typos, $0.nameLength, $0.record) < ($1.tier, $1.typos, $1.nameLength, $1.record) }
        var counts: [String: [String: Int]] = [:]
        for key in ["type"] + facetKinds.map(\.key) {
            var perValue: [String: Int] = [:]
            for record in candidates.keys where passes(record, except: key) {
                for slug in values(of: record, key: key, facetSets) { perValue[slug, default: 0] += 1 }
            }
            if !perValue.isEmpty { counts[key] = perValue }
        }
        return Result(hits: hits, counts: counts, files: needed)
    }

    /// The chunk files the first `count` hits need.
    public func chunkFiles(for hits: [Hit], count: Int) -> [String] {
        var seen: [String] = []
        for hit in hits.prefix(count) where !seen.contains("records/\(hit.record / chunkSize).json") {
            seen.append("records/\(hit.record / chunkSize).json")
        }
        return seen
    }

    /// What a result shows of record `number`, read from its chunk file.
    public func display(_ number: Int) -> (naam: String, url: String, samenvatting: String, toelichting: String, concept: Bool)? {
        guard let chunk = files["records/\(number / chunkSize).json"].flatMap(Self.json) as? [[Any]],
              number % chunkSize < chunk.count, case let row = chunk[number % chunkSize], row.count == 5,
              let naam = row[0] as? String, let url = row[1] as? String, let samenvatting = row[2] as? String,
              let toelichting = row[3] as? String, let concept = row[4] as? Int else { return nil }
        return (naam, url, samenvatting, toelichting, concept == 1)
    }

    /// The kind of record `number`, from the manifest's ranges.
    public func kind(of number: Int) -> String? {
        kinds.first { $0.range.contains(number) }?.kind
    }

    /// Record → what `word` found there, from the one term file it needs.
    private func hits(for word: String) -> [Int: QueryRules.WordHit] {
        guard let shard = files["terms/\(ShardKey.of(word)).json"].flatMap(Self.json) as? [String: [String]] else { return [:] }
        var found: [Int: QueryRules.WordHit] = [:]
        for (term, entry) in shard where entry.count == 3 {
            guard let match = QueryRules.match(word, term),
                  let names = Postings.decode(entry[0]), let others = Postings.decode(entry[2]) else { continue }
            let shapes = entry[1].utf8.map { Int(Varint64.values[Int($0)]) }
            for (index, record) in names.enumerated() where index < shapes.count {
                let (position, length) = Shape.decode(shapes[index])
                var hit = found[record] ?? QueryRules.WordHit()
                if case .exact = match { hit.exactAt |= 1 << position }
                hit.prefixAt |= 1 << position
                hit.inName = true
                hit.nameLength = length
                hit.clean = hit.clean || !match.typo
                found[record] = hit
            }
            for record in others {
                var hit = found[record] ?? QueryRules.WordHit()
                hit.elsewhere = true
                hit.clean = hit.clean || !match.typo
                found[record] = hit
            }
        }
        return found
    }

    /// A facet's values both ways round.
    private struct FacetData {
        var records: [String: Set<Int>] = [:]
        var slugs: [Int: [String]] = [:]
    }

    /// Facet key → its values, for the facets some candidate can have (as the browser fetches them).
    private func loadFacets(needed: inout [String], for candidates: Set<Int>) -> [String: FacetData] {
        let present = Set(candidates.compactMap { kind(of: $0) })
        var sets: [String: FacetData] = [:]
        for (key, kinds) in facetKinds where !kinds.isDisjoint(with: present) {
            needed.append("facets/\(key).json")
            guard let values = files["facets/\(key).json"].flatMap(Self.json) as? [[Any]] else { continue }
            for value in values where value.count == 4 {
                guard let naam = value[0] as? String, let stored = value[1] as? String, let encoded = value[3] as? String,
                      let records = RecordSet.decode(encoded) else { continue }
                let slug = stored.isEmpty ? SearchIndex.derivedSlug(naam) : stored
                sets[key, default: FacetData()].records[slug] = Set(records)
                for record in records { sets[key, default: FacetData()].slugs[record, default: []].append(slug) }
            }
        }
        return sets
    }

    private func has(_ record: Int, key: String, slugs: Set<String>, _ sets: [String: FacetData]) -> Bool {
        if key == "type" { return kind(of: record).map(slugs.contains) ?? false }
        return slugs.contains { sets[key]?.records[$0]?.contains(record) ?? false }
    }

    private func values(of record: Int, key: String, _ sets: [String: FacetData]) -> [String] {
        if key == "type" { return kind(of: record).map { [$0] } ?? [] }
        return sets[key]?.slugs[record] ?? []
    }

    private static func json(_ bytes: [UInt8]) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes))
    }
}
