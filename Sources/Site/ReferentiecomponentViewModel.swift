import CatalogusModel
import Gemma
import Mustache

/// `/referentiecomponenten/SLUG/`: the GEMMA definition, its standards, and the applicaties
/// suitable for it with how widely each is used; on the gemeenten site also who uses what.
enum ReferentiecomponentViewModel {
    static func make(_ r: Referentiecomponent, _ index: CatalogueIndex) -> [String: MustacheValue] {
        var value: [String: MustacheValue] = [
            "naam": .string(r.naam),
            "beschrijving": .text(r.beschrijving),
            "gemma_url": .string(index.gemmaOnline(r.objectID)),
            "gemeenten": .bool(index.catalogus.audience == .gemeenten),
            "vergelijking": Vergelijken.componentURL(r, index).map(MustacheValue.string) ?? .null,
        ]
        let roles = r.standaarden.compactMap { rol in index.standaarden[rol.standaard].map { (rol.rol, $0) } }.sorted { $0.1.naam < $1.1.naam }
        let standaard = { (s: Standaard) -> MustacheValue in .link(s.naam, index.gemmaOnline(s.objectID)) }
        value.merge(MustacheValue.listing("verplicht", roles.filter { $0.0 == .verplicht }.map { standaard($0.1) })) { $1 }
        value.merge(MustacheValue.listing("aanbevolen", roles.filter { $0.0 == .aanbevolen }.map { standaard($0.1) })) { $1 }
        let applicaties = (index.applicatiesPerReferentiecomponent[r.objectID] ?? []).map { a -> (Int, SortKey, MustacheValue) in
            let count = index.catalogus.gebruikTelling[a.id] ?? 0
            return (count, index.sortKey(a.id, naam: a.naam, tieBreak: a.id), .object([
                "naam": .string(a.naam), "url": .text(index.urls.url(.applicaties, a.id)),
                "aanbieder": index.organisatieLink(a.aanbieder),
                "gebruik_aantal": .string(Format.number(count)), "concept": .bool(a.status == .concept),
            ]))
        }.sorted { ($0.0, $1.1) > ($1.0, $0.1) }.map(\.2)
        value.merge(MustacheValue.listing("applicaties", applicaties)) { $1 }
        let users = index.lines(index.gebruikPerReferentiecomponent[r.objectID]).map { line -> (SortKey, MustacheValue) in
            let naam = index.organisaties[line.afnemer]?.naam ?? ""
            return (index.sortKey(line.afnemer, naam: naam, tieBreak: line.id), .object([
                "organisatie": index.organisatieLink(line.afnemer),
                "applicatie": index.applicatieLink(line.applicatie),
                "status": .string(line.status.rawValue),
            ]))
        }.sorted { $0.0 < $1.0 }.map(\.1)
        value.merge(MustacheValue.listing("gebruikers", users)) { $1 }
        value.merge(MustacheValue.listing("gemma_views", GemmaViews.viewLinks(r.objectID, index))) { $1 }
        return value
    }
}
