extension SearchIndex {
    /// A facet as the index holds it.
    public struct Facet: Sendable {
        /// The facet's key in the URL and in `SearchRecord.facetten`.
        public let key: String
        /// The kinds of record that have a value of this facet.
        public let kinds: [SearchKind]
        /// Sorted by folded name, then slug.
        public let values: [Value]

        /// One value and the records that have it.
        public struct Value: Sendable {
            /// The value, its name and slug.
            public let value: FacetValue
            /// Record numbers in index order, each once.
            public let records: [Int]
        }
    }


    /// Every facet's values in one pass over the records.
    static func facets(_ keys: [String], _ records: [SearchRecord]) -> [Facet] {
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
}
