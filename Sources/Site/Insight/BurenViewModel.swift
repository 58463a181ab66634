import CatalogusModel
import Insight
import Mustache

/// What `buren.mustache` shows: the buren with why each was chosen and whom to ask there, and
/// per referentiecomponent what this gemeente and its buren use.
enum BurenViewModel {
    static func make(_ g: Organisatie, pageURL: String, _ buurt: Buurt, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let buren = buurt.buren.buren[g.id] ?? []
        var value: [String: MustacheValue] = [
            "naam": .string(g.naam),
            "url": .string(pageURL),
            "advies_url": .string(pageURL + "advies/"),
            "per_criterium": .string("\(BurenIndex.perCriterium)"),
            "aantal_invullingen": .string(Format.number(buurt.landschappen.invullingen(g.id).count)),
        ]
        value.merge(MustacheValue.listing("buren", buren.map { buur(g, $0, index) })) { $1 }
        value.merge(MustacheValue.listing("componenten", componenten(g, buren, buurt, index))) { $1 }
        return value
    }

    private static func buur(_ g: Organisatie, _ b: Buur, _ index: CatalogueIndex) -> MustacheValue {
        let h = index.organisaties[b.gemeente]
        var redenen: [String] = []
        if !b.samenwerkingen.isEmpty {
            redenen.append("samen in " + b.samenwerkingen.map { index.organisaties[$0]?.naam ?? $0 }.joined(separator: ", "))
        }
        if b.zelfdeProvincie { redenen.append("zelfde provincie") }
        if b.vergelijkbareGrootte { redenen.append("vergelijkbaar inwonertal") }
        if b.meestGelijk { redenen.append("een van de \(BurenIndex.perCriterium) meest gelijke landschappen") }
        return .object([
            "naam": .string(h?.naam ?? b.gemeente),
            "url": h.flatMap { index.urls.organisatie($0) }.map(MustacheValue.string) ?? .null,
            "anker": .string(Buurt.anker(b.gemeente, index)),
            "provincie": .text(h?.provincie),
            "inwoners": h?.inwonertal.map { .string(Format.number($0)) } ?? .null,
            "redenen": .string(redenen.joined(separator: "; ")),
            "procent": .string("\(b.overeenkomst.procent)"),
            "gedeeld": .string(Format.number(b.overeenkomst.gedeeld)),
            "samen": .string(Format.number(b.overeenkomst.samen)),
            "aanspreekpunten": .list(Contacts.forOrganisatie(b.gemeente, index)),
        ])
    }

    /// Every referentiecomponent this gemeente or one of its buren fills, by naam.
    private static func componenten(_ g: Organisatie, _ buren: [Buur], _ buurt: Buurt, _ index: CatalogueIndex) -> [MustacheValue] {
        let landschappen = buurt.landschappen
        var eigen: [String: [(SortKey, MustacheValue)]] = [:]
        for line in landschappen.regels(g.id) where line.isInGebruik {
            let naam = index.applicaties[line.applicatie]?.naam ?? line.applicatie
            for rc in landschappen.referentiecomponenten(line) {
                eigen[rc, default: []].append((index.sortKey(line.applicatie, naam: naam, tieBreak: line.id), .object([
                    "applicatie": index.applicatieLink(line.applicatie), "status": .string(line.status.rawValue),
                ])))
            }
        }
        // Referentiecomponent → applicatie → the buren using it, in the buren's order.
        var bijBuren: [String: [String: [String]]] = [:]
        for b in buren {
            for pair in landschappen.invullingen(b.gemeente) {
                bijBuren[pair.referentiecomponent, default: [:]][pair.applicatie, default: []].append(b.gemeente)
            }
        }
        let rcs = Set(eigen.keys).union(bijBuren.keys).compactMap { index.referentiecomponenten[$0] }
            .sorted { ($0.naam, $0.objectID) < ($1.naam, $1.objectID) }
        return rcs.map { rc in
            let used = (bijBuren[rc.objectID] ?? [:]).map { applicatie, gemeenten -> (Int, SortKey, MustacheValue) in
                let naam = index.applicaties[applicatie]?.naam ?? applicatie
                return (gemeenten.count, index.sortKey(applicatie, naam: naam, tieBreak: applicatie), .object([
                    "applicatie": index.applicatieLink(applicatie),
                    "aantal": .string("\(gemeenten.count)"),
                    "gemeenten": .opgesomd(gemeenten.map { id in
                        ["naam": .string(index.organisaties[id]?.naam ?? id), "anker": .string(Buurt.anker(id, index))]
                    }),
                ]))
            }.sorted { ($1.0, $0.1) < ($0.0, $1.1) }.map(\.2)
            let own = (eigen[rc.objectID] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
            return .object([
                "referentiecomponent": index.referentiecomponentLinks[rc.objectID] ?? .link(rc.naam, nil),
                "eigen": .list(own), "heeft_eigen": .bool(!own.isEmpty),
                "buren": .list(used), "heeft_buren": .bool(!used.isEmpty),
            ])
        }
    }
}
