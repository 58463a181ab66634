import CatalogusModel
import Content
import Gemma
import Markdown
import Parallel
import Search

/// What `/zoeken/` can find, made from the `CatalogueIndex` of the visible catalogue and the
/// editor's pages only: the search shows exactly what the pages of the same build show, and the
/// audience rule holds by construction. Objects that went up in another are left out, as in the
/// overviews.
enum SearchRecords {
    static func make(_ index: CatalogueIndex, pages: [Page]) -> [SearchRecord] {
        let c = index.live
        let aanbieders = aanbiederValues(index)
        let components = Dictionary(uniqueKeysWithValues: c.gemma.referentiecomponenten.compactMap { r in
            index.urls.url(.referentiecomponenten, r.objectID).map { (r.objectID, FacetValue(naam: r.naam, slug: lastSegment($0))) }
        })
        let standaardValues = standaardValues(index)
        let versieStandaard = Dictionary(c.gemma.standaardversies.compactMap { v in v.standaard.map { (v.objectID, $0) } }, uniquingKeysWith: { a, _ in a })
        let enums = EnumValues()
        // The largest part, and each applicatie on its own: on every core.
        var records = parallelMap(c.applicaties, batch: 256) { a -> SearchRecord? in
            guard let url = index.urls.url(.applicaties, a.id) else { return nil }
            let aanbieder = index.organisaties[a.aanbieder]?.naam
            var facets: [String: [FacetValue]] = [
                SearchFacets.leverancier: aanbieders[a.aanbieder].map { [$0] } ?? [],
                SearchFacets.referentiecomponent: a.referentiecomponenten.compactMap { components[$0] },
                SearchFacets.standaard: supported(a, index, versieStandaard).compactMap { standaardValues[$0] },
                SearchFacets.cloudmodel: a.cloudDienstverleningsmodel.compactMap { enums.cloudmodel[$0] },
            ]
            facets[SearchFacets.hostinglocatie] = a.hostingLocatie.flatMap { enums.regio[$0] }.map { [$0] }
            facets[SearchFacets.licentietype] = a.licentietype.flatMap { enums.licentietype[$0] }.map { [$0] }
            return SearchRecord(
                id: "applicatie/\(a.id)", kind: .applicatie, naam: a.naam, url: url, samenvatting: a.beschrijvingKort,
                toelichting: aanbieder, tekst: [a.beschrijvingKort, markdownText(a.beschrijvingLang), aanbieder ?? ""],
                facetten: facets, concept: a.status == .concept)
        }.compactMap { $0 }
        for o in c.organisaties {
            guard let url = index.urls.organisatie(o) else { continue }
            let isLeverancier = o.type == .leverancier || o.type == .community
            let place = [o.provincie, o.cbsCode, o.samenwerkingtype].compactMap { $0 }
            records.append(SearchRecord(
                id: "organisatie/\(o.id)", kind: isLeverancier ? .leverancier : .organisatie, naam: o.naam, url: url,
                samenvatting: o.beschrijvingKort ?? "", toelichting: ((o.type == .leverancier ? [] : [o.type.rawValue]) + place).joined(separator: " · "),
                tekst: [o.beschrijvingKort ?? "", markdownText(o.beschrijvingLang)] + place,
                facetten: [SearchFacets.organisatietype: [SearchFacets.value(o.type.rawValue)]], concept: o.status == .concept))
        }
        for d in c.diensten {
            // Diensten have no page of their own: their aanbieder's page lists them.
            guard let aanbieder = index.organisaties[d.aanbieder], let url = index.urls.organisatie(aanbieder) else { continue }
            records.append(SearchRecord(
                id: "dienst/\(d.id)", kind: .dienst, naam: d.naam, url: url, samenvatting: d.beschrijvingKort ?? "",
                toelichting: "\(d.type.rawValue) · \(aanbieder.naam)", tekst: [d.beschrijvingKort ?? "", markdownText(d.beschrijvingLang), aanbieder.naam],
                facetten: [SearchFacets.leverancier: aanbieders[d.aanbieder].map { [$0] } ?? [], SearchFacets.diensttype: [SearchFacets.value(d.type.rawValue)]]))
        }
        let supportedSomewhere = Set(records.flatMap { $0.facetten[SearchFacets.standaard] ?? [] }.map(\.slug))
        for r in c.gemma.referentiecomponenten {
            guard let url = index.urls.url(.referentiecomponenten, r.objectID) else { continue }
            records.append(SearchRecord(id: "referentiecomponent/\(r.objectID)", kind: .referentiecomponent, naam: r.naam, url: url,
                                        samenvatting: r.beschrijving, tekst: [r.beschrijving]))
        }
        for s in c.gemma.standaarden {
            // A standaard has no page of its own: its facet page lists the applicaties that support it, else GEMMA Online.
            let slug = standaardValues[s.objectID]?.slug
            let url = slug.flatMap { supportedSomewhere.contains($0) ? SearchFacets.pageURL(SearchFacets.standaard, $0) : nil } ?? index.gemmaOnline(s.objectID)
            records.append(SearchRecord(id: "standaard/\(s.objectID)", kind: .standaard, naam: s.naam, url: url,
                                        samenvatting: s.beschrijving, tekst: [s.beschrijving]))
        }
        for page in pages where !page.isNotFoundPage {
            records.append(SearchRecord(
                id: "pagina\(page.url)", kind: .pagina, naam: page.frontMatter.titel, url: page.url,
                samenvatting: page.frontMatter.beschrijving, tekst: [page.frontMatter.beschrijving, PlainText.of(html: page.body.html)]))
        }
        return records
    }

    /// The standaarden an applicatie supports: those with a version it declares ondersteund.
    /// `versieStandaard` maps each standaardversie to its standaard, made once per build.
    static func supported(_ a: Applicatie, _ index: CatalogueIndex, _ versieStandaard: [String: String]) -> [String] {
        var standaarden: [String] = []
        for (versie, ondersteund) in index.compliancyPerApplicatie[a.id] ?? [:] where ondersteund {
            if let standaard = versieStandaard[versie], !standaarden.contains(standaard) { standaarden.append(standaard) }
        }
        return standaarden.sorted()
    }

    /// The values of the facets that are enumerations in the data, made once rather than per applicatie.
    private struct EnumValues {
        let cloudmodel = Dictionary(uniqueKeysWithValues: Cloudmodel.allCases.map { ($0, SearchFacets.value($0.rawValue)) })
        let regio = Dictionary(uniqueKeysWithValues: Regio.allCases.map { ($0, SearchFacets.value($0.rawValue)) })
        let licentietype = Dictionary(uniqueKeysWithValues: Licentietype.allCases.map { ($0, SearchFacets.value($0.rawValue)) })
    }

    /// Standaard Object ID → its facet value; the slug is unique among standaarden.
    static func standaardValues(_ index: CatalogueIndex) -> [String: FacetValue] {
        let standaarden = index.catalogus.gemma.standaarden
        let slugs = UniqueSlugs.assign(standaarden.map { ($0.objectID, $0.naam) })
        return Dictionary(uniqueKeysWithValues: standaarden.map { ($0.objectID, FacetValue(naam: $0.naam, slug: slugs[$0.objectID]!)) })
    }

    /// Organisation id → its leverancier facet value, for every organisation that offers something.
    private static func aanbiederValues(_ index: CatalogueIndex) -> [String: FacetValue] {
        let c = index.catalogus
        let ids = Set(c.applicaties.map(\.aanbieder)).union(c.diensten.map(\.aanbieder))
        let named = ids.sorted().compactMap { id in index.organisaties[id].map { (id: id, naam: $0.naam) } }
        let slugs = UniqueSlugs.assign(named)
        return Dictionary(uniqueKeysWithValues: named.map { ($0.id, FacetValue(naam: $0.naam, slug: slugs[$0.id]!)) })
    }

    private static func markdownText(_ source: String?) -> String {
        source.map { PlainText.of(markdown: $0) } ?? ""
    }

    private static func lastSegment(_ url: String) -> String {
        String(url.split(separator: "/").last ?? "")
    }
}
