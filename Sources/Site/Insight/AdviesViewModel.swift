import CatalogusModel
import Insight
import Mustache

/// What `advies.mustache` shows: per rule the advice with the data behind it.
enum AdviesViewModel {
    static func make(_ g: Organisatie, pageURL: String, _ buurt: Buurt, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let buren = buurt.buren.buren[g.id] ?? []
        let advies = buurt.regels.advies(g.id, buren: buren)
        let versie = { (id: String?) in id.flatMap { index.versies[$0] } }
        let burenNamen = Dictionary(buren.map { ($0.gemeente, index.organisaties[$0.gemeente]?.naam ?? $0.gemeente) }, uniquingKeysWith: { a, _ in a })
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
        value.merge(MustacheValue.listing("ontbrekend", advies.ontbrekend.map { a in
            .object([
                "referentiecomponent": buurt.component(a.referentiecomponent),
                "aantal": .string(Format.number(a.buren.count)),
                "van": .string(Format.number(a.vanAantal)),
                "buren": .string(namen(a.buren, burenNamen)),
                "applicaties": .html(opgesomd(a.applicaties.prefix(BurenViewModel.getoond).map { t in
                    buurt.applicatieHTMLText(t.applicatie) + " (" + escapeHTML(Format.number(t.aantal)) + ")"
                })),
                "overige": a.applicaties.count > BurenViewModel.getoond ? .string(Format.number(a.applicaties.count - BurenViewModel.getoond)) : .null,
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("overstappen", advies.overstappen.map { a in
            .object([
                "referentiecomponent": buurt.component(a.referentiecomponent),
                "van": buurt.applicatie(a.van),
                "naar": buurt.applicatie(a.naar),
                "van_naam": .string(index.applicaties[a.van]?.naam ?? a.van),
                "buren": .string(namen(a.buren, burenNamen)),
                "regel_status": .text(index.gebruik[a.gebruik].map { index.catalogus.gebruik[$0].status.rawValue }),
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("standaarden", advies.standaarden.map { a in
            let standaard = index.standaarden[a.standaard]
            return .object([
                "applicatie": buurt.applicatie(a.applicatie),
                "standaard": .string(standaard?.naam ?? a.standaard),
                "gemma_url": .string(index.gemmaOnline(a.standaard)),
                "referentiecomponenten": .html(opgesomd(a.referentiecomponenten.map { buurt.componentHTMLText($0) })),
                "niet_ondersteund": .string(a.nietOndersteund.map { index.standaardversies[$0]?.naam ?? $0 }.joined(separator: ", ")),
            ])
        })) { $1 }
        return value
    }

    /// "Zeist, Bunnik en Houten", in the order given (names of the page's buren by id).
    static func namen(_ ids: [String], _ namen: [String: String]) -> String {
        opgesomd(ids.map { namen[$0] ?? $0 })
    }

    /// "A, B en C": ", " between the parts, " en " before the last.
    static func opgesomd(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " en " + parts[parts.count - 1]
    }
}
