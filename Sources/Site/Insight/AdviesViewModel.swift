import CatalogusModel
import Insight
import Mustache

/// What `advies.mustache` shows: per rule the advice with the data behind it.
enum AdviesViewModel {
    static func make(_ g: Organisatie, pageURL: String, _ buurt: Buurt, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let buren = buurt.buren.buren[g.id] ?? []
        let advies = buurt.regels.advies(g.id, buren: buren)
        let versie = { (id: String?) in id.flatMap { index.versies[$0] } }
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
                "applicatie": index.applicatieLink(a.applicatie),
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
                "referentiecomponent": component(a.referentiecomponent, index),
                "aantal": .string(Format.number(a.buren.count)),
                "van": .string(Format.number(a.vanAantal)),
                "buren": .string(namen(a.buren, index)),
                "applicaties": .opgesomd(a.applicaties.map { t in
                    ["applicatie": index.applicatieLink(t.applicatie), "aantal": .string(Format.number(t.aantal))]
                }),
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("overstappen", advies.overstappen.map { a in
            .object([
                "referentiecomponent": component(a.referentiecomponent, index),
                "van": index.applicatieLink(a.van),
                "naar": index.applicatieLink(a.naar),
                "buren": .string(namen(a.buren, index)),
                "regel_status": .text(index.gebruik[a.gebruik].map { index.catalogus.gebruik[$0].status.rawValue }),
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("standaarden", advies.standaarden.map { a in
            let standaard = index.standaarden[a.standaard]
            return .object([
                "applicatie": index.applicatieLink(a.applicatie),
                "standaard": .string(standaard?.naam ?? a.standaard),
                "gemma_url": .string(index.gemmaOnline(a.standaard)),
                "referentiecomponenten": .opgesomd(a.referentiecomponenten.map { ["referentiecomponent": component($0, index)] }),
                "niet_ondersteund": .string(a.nietOndersteund.map { index.standaardversies[$0]?.naam ?? $0 }.joined(separator: ", ")),
            ])
        })) { $1 }
        return value
    }

    private static func component(_ id: String, _ index: CatalogueIndex) -> MustacheValue {
        index.referentiecomponentLinks[id] ?? .link(index.referentiecomponenten[id]?.naam ?? id, nil)
    }

    /// "Zeist, Bunnik en Houten", in the order given.
    static func namen(_ ids: [String], _ index: CatalogueIndex) -> String {
        let names = ids.map { index.organisaties[$0]?.naam ?? $0 }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " en " + names[names.count - 1]
    }
}
