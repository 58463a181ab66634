import Mustache
import Search

/// `/zoeken/` and its facet pages. Without JavaScript the page is a way in by plain links: the
/// A–Z overviews and every value of the facets with static pages, each with its count. The
/// script builds the interactive search on top of the same page.
enum ZoekenViewModel {
    static func make(_ records: [SearchRecord], facets: [SearchIndex.Facet], frame: PageFrame) -> [String: MustacheValue] {
        let counts = Dictionary(grouping: records, by: \.kind).mapValues(\.count)
        var value: [String: MustacheValue] = [
            "data": .string("/" + SearchPlan.dataFolder),
            // The overviews by their editors' titles, with how many the search holds of each.
            "overzichten": .list(CatalogueURLs.Section.allCases.compactMap { section in
                frame.titles[section.url].map { titel in
                    .object(["titel": .string(titel), "url": .string(section.url), "aantal": .string(Format.number(sectionCount(section, records, counts)))])
                }
            }),
        ]
        // Every facet is named, so the template's sections always find their key (strict mode).
        for facet in facets {
            value[facet.key] = facet.values.isEmpty || !SearchFacets.withPages.contains(facet.key) ? .null : .object(["waarden": .list(facet.values.map { member in
                .object([
                    "naam": .string(member.value.naam),
                    "url": .string(SearchFacets.pageURL(facet.key, member.value.slug)),
                    "aantal": .string(Format.number(member.records.count)),
                ])
            })])
        }
        return value
    }

    /// `/zoeken/KEY/SLUG/`: every record with the value, grouped by kind, and a link to the same
    /// choice in the interactive search.
    static func facetPage(_ key: String, _ member: SearchIndex.Facet.Value, _ records: [SearchRecord]) -> [String: MustacheValue] {
        // Members are in index order, so each kind is one run of them.
        var groups: [MustacheValue] = []
        var start = 0
        while start < member.records.count {
            let kind = records[member.records[start]].kind
            var end = start
            while end < member.records.count, records[member.records[end]].kind == kind { end += 1 }
            groups.append(.object(kindFlags(kind).merging([
                "aantal": .string(Format.number(end - start)),
                "items": .list(member.records[start..<end].map { number in
                    let record = records[number]
                    return .object([
                        "naam": .string(record.naam), "url": .string(record.url), "concept": .bool(record.concept),
                    ])
                }),
            ]) { $1 }))
            start = end
        }
        var facet: [String: MustacheValue] = [
            "naam": .string(member.value.naam),
            "aantal": .string(Format.number(member.records.count)),
            "zoeken_url": .string("\(SearchPlan.url)?\(key)=\(member.value.slug)"),
            "groepen": .list(groups),
        ]
        for other in SearchFacets.withPages { facet["is_" + other] = .bool(other == key) }
        return facet
    }

    /// `is_applicatie`, `is_dienst`, …: which kind a group is, so the template can name it.
    private static func kindFlags(_ kind: SearchKind) -> [String: MustacheValue] {
        Dictionary(uniqueKeysWithValues: SearchKind.allCases.map { ("is_" + $0.rawValue, MustacheValue.bool($0 == kind)) })
    }

    /// What an overview lists: gemeenten and samenwerkingen are both `organisatie` records.
    private static func sectionCount(_ section: CatalogueURLs.Section, _ records: [SearchRecord], _ counts: [SearchKind: Int]) -> Int {
        switch section {
        case .applicaties: counts[.applicatie] ?? 0
        case .leveranciers: counts[.leverancier] ?? 0
        case .referentiecomponenten: counts[.referentiecomponent] ?? 0
        case .diensten: counts[.dienst] ?? 0
        case .gemeenten: records.filter { $0.kind == .organisatie && $0.url.hasPrefix(section.url) }.count
        case .samenwerkingen: records.filter { $0.kind == .organisatie && $0.url.hasPrefix(section.url) }.count
        }
    }
}
