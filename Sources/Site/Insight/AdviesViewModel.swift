import CatalogusModel
import Insight
import Mustache

/// What `advies.mustache` shows: per rule the advice with the data behind it.
enum AdviesViewModel {
    static func make(_ g: Organisatie, pageURL: String, _ buurt: Buurt, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let buren = buurt.buren.buren[g.id] ?? []
        let advies = buurt.regels.nummers(g.id, buren: buren)
        let versie = { (id: String?) in id.flatMap { index.versies[$0] } }
        let burenNamen = buren.map { index.organisaties[$0.gemeente]?.naam ?? $0.gemeente }
        var value: [String: MustacheValue] = [
            "naam": .string(g.naam),
            "url": .string(pageURL),
            "buren_url": .string(pageURL + "buren/"),
            "geen_advies": .bool(advies.isEmpty),
            "aantal": .string(Format.number(advies.aantal)),
            "peildatum": Format.date(index.catalogus.info.peildatum),
            "termijn": .string(AdviesRegels.termijnJaren == 1 ? "een jaar" : "\(AdviesRegels.termijnJaren) jaar"),
            "aantal_buren": .string(Format.number(buren.count)),
        ]
        value.merge(MustacheValue.listing("versies", advies.versies.map { a in
            let v = versie(a.versie), newest = versie(a.nieuwste)
            return .object([
                "applicatie": buurt.applicatie(a.applicatie),
                "versie": .string(v?.versie ?? a.versie),
                "versie_status": .text(v?.status?.rawValue),
                "regel_status": .text(index.gebruik[a.gebruik].map { index.catalogus.gebruik[$0].status.rawValue }),
                "einde": Format.date(a.einde),
                "verlopen": .bool(a.verlopen),
                "nieuwste": newest.map { n in .object(["versie": .string(n.versie), "sinds": Format.date(n.datumInGebruik)]) } ?? .null,
            ])
        })) { $1 }
        let (landschappen, links) = (buurt.landschappen, buurt.applicatieLinks)
        let gebruik = index.catalogus.gebruik
        value.merge(MustacheValue.listing("ontbrekend", advies.ontbrekend.map { a in
            .object([
                "referentiecomponent": buurt.componentHTML[a.component],
                "aantal": .string(Format.number(a.buren.count)),
                "van": .string(Format.number(a.vanAantal)),
                "wie": .string(wie(a.buren.count, van: a.vanAantal)),
                "buren": .string(opgesomd(a.buren.map { burenNamen[$0] })),
                "applicaties": .html(opgesomd(a.applicaties.prefix(BurenViewModel.getoond).map { t in
                    links[landschappen.codeApplicatie[t.code]] + " (" + escapeHTML(Format.number(t.aantal)) + ")"
                })),
                "overige": a.applicaties.count > BurenViewModel.getoond ? .string(Format.number(a.applicaties.count - BurenViewModel.getoond)) : .null,
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("overstappen", advies.overstappen.map { a in
            .object([
                "referentiecomponent": buurt.componentHTML[landschappen.componentVan[a.van]],
                "van": .html(links[landschappen.codeApplicatie[a.van]]),
                "naar": .html(links[landschappen.codeApplicatie[a.naar]]),
                "van_naam": .string(landschappen.applicatieNamen[landschappen.invulling(a.van).applicatie] ?? landschappen.invulling(a.van).applicatie),
                "buren": .string(opgesomd(a.buren.map { burenNamen[$0] })),
                "regel_status": .string(gebruik[a.regel].status.rawValue),
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("standaarden", advies.standaarden.map { a in
            let standaard = index.standaarden[a.standaard]
            return .object([
                "applicatie": .html(links[a.applicatie]),
                "standaard": .string(standaard?.naam ?? a.standaard),
                "gemma_url": .string(index.gemmaOnline(a.standaard)),
                "referentiecomponenten": .html(opgesomd(a.componenten.map { buurt.componentLinks[$0] })),
                "niet_ondersteund": .string(a.nietOndersteund.map { index.standaardversies[$0]?.naam ?? $0 }.joined(separator: ", ")),
            ])
        })) { $1 }
        return value
    }

    /// "A, B en C" (e.g. "Zeist, Bunnik en Houten"): ", " between the parts, " en " before the last.
    static func opgesomd(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        var text = ""
        text.reserveCapacity(parts.reduce(4 + 2 * parts.count) { $0 + $1.utf8.count })
        for (i, part) in parts.enumerated() {
            if i > 0 { text += i == parts.count - 1 ? " en " : ", " }
            text += part
        }
        return text
    }

    /// "3 van de 5 buren gebruiken", in the number the count asks for: "1 van de 5 buren gebruikt",
    /// "beide buren gebruiken", "alle 3 buren gebruiken", "de enige buur gebruikt".
    static func wie(_ aantal: Int, van: Int) -> String {
        if van == 1 && aantal == 1 { return "de enige buur gebruikt" }
        if van == 2 && aantal == 2 { return "beide buren gebruiken" }
        if aantal == van { return "alle \(Format.number(van)) buren gebruiken" }
        return "\(Format.number(aantal)) van de \(Format.number(van)) buren \(aantal == 1 ? "gebruikt" : "gebruiken")"
    }
}
