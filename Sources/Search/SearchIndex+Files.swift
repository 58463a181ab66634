/// The term, chunk and facet files; each closure runs when the build writes its file.
extension SearchIndex {
    // The term and chunk files are most of the index: written straight into bytes, with the
    // escaping of `CompactJSON`, and the same sorted keys.
    static func termFiles(_ table: TermTable) -> [IndexFile] {
        let byShard = Dictionary(grouping: table.ids.terms.enumerated().map { (text: $0.element.text, id: $0.offset) }, by: { ShardKey.of($0.text) })
        return byShard.map { shard, terms in
            IndexFile(path: "terms/\(shard).json") {
                var out: [UInt8] = [UInt8(ascii: "{")]
                // Terms are `a`–`z` and `0`–`9`: they need no escaping, and sort by their bytes.
                for (position, term) in terms.sorted(by: { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }).enumerated() {
                    if position > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(UInt8(ascii: "\""))
                    out += term.text.utf8
                    out += "\":[\"".utf8
                    Postings.append(table.name[term.id], to: &out)
                    out += "\",\"".utf8
                    out += table.shapes[term.id]
                    out += "\",\"".utf8
                    Postings.append(table.other[term.id], to: &out)
                    out += "\"]".utf8
                }
                out.append(UInt8(ascii: "}"))
                return out
            }
        }
    }

    static func chunkFiles(_ records: [SearchRecord], size: Int) -> [IndexFile] {
        stride(from: 0, to: records.count, by: size).map { start in
            IndexFile(path: "records/\(start / size).json") {
                var out: [UInt8] = [UInt8(ascii: "[")]
                for (position, record) in records[start..<min(start + size, records.count)].enumerated() {
                    out += (position > 0 ? ",[" : "[").utf8
                    for text in [record.naam, record.url, summary(record.samenvatting), record.toelichting ?? ""] {
                        CompactJSON.writeString(text, into: &out)
                        out.append(UInt8(ascii: ","))
                    }
                    out += (record.concept ? "1]" : "0]").utf8
                }
                out.append(UInt8(ascii: "]"))
                return out
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
