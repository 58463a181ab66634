/// The term, chunk and facet files; each closure runs when the build writes its file.
extension SearchIndex {
    static func termFiles(_ table: TermTable) -> [IndexFile] {
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

    static func chunkFiles(_ records: [SearchRecord], size: Int) -> [IndexFile] {
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

    static func facetFile(_ facet: Facet) -> IndexFile {
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
}
