extension SearchIndex {
    /// FNV-1a over everything the files are made from (the format, the records in order with
    /// their terms, the facets), so it changes whenever a file would, without making the files:
    /// they are made later, each on the core that writes it.
    static func version(_ records: [AnalyzedRecord], facets: [Facet], chunkSize: Int) -> String {
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
