import CatalogusModel
import Gemma

/// A hand-made catalogue for the buren and advice rules. Pairs in use (referentiecomponent,
/// applicatie) per gemeente:
/// - Aastad (P1, 10.000, sw1): (rc1, app1) on version v1, (rc3, app4) "Uit te faseren" on v3
/// - Beedorp (P1, 14.000, sw1): (rc1, app2), (rc2, app3); app1 on rc1 Uitgefaseerd
/// - Ceestad (P2, 15.000): (rc1, app2), (rc2, app3) Gepland, (rc3, app4) from a line without referentiecomponent
/// - Deedorp (P2, 100.000): (rc2, app3)
/// - Eestad went up in Deedorp and takes no part.
/// rc1 makes standard S (versions s1, s2) Verplicht; app2 declares neither supported.
enum BurenFixture {
    static let peildatum = "2026-11-01"

    static func gemeente(_ id: String, _ naam: String, _ provincie: String, _ inwonertal: Int?, _ deelnames: [String] = []) -> Organisatie {
        var o = Organisatie(id: id, naam: naam, type: .gemeente)
        o.provincie = provincie
        o.inwonertal = inwonertal
        o.deelnames = deelnames
        return o
    }

    static func line(_ id: String, _ afnemer: String, _ applicatie: String, _ status: Gebruik.Status, rc: [String], versie: String? = nil) -> Gebruik {
        var g = Gebruik(id: id, afnemer: afnemer, applicatie: applicatie, status: status)
        g.referentiecomponenten = rc
        g.applicatieversie = versie
        return g
    }

    static func applicatie(_ id: String, _ naam: String, rc: [String]) -> Applicatie {
        var a = Applicatie(id: id, naam: naam, beschrijvingKort: naam, aanbieder: "lev")
        a.referentiecomponenten = rc
        return a
    }

    static func versie(_ id: String, _ applicatie: String, _ versie: String, _ status: Levenscyclus, inGebruik: String?, einde: String?) -> Applicatieversie {
        var v = Applicatieversie(id: id, applicatie: applicatie, versie: versie)
        v.status = status
        v.datumInGebruik = inGebruik
        v.datumEindeOndersteuning = einde
        return v
    }

    static var gemma: GemmaModel {
        let rc = { (id: String, naam: String, standaarden: [StandaardRol]) in
            Referentiecomponent(objectID: id, identifier: "id-" + id, naam: naam, beschrijving: "", standaarden: standaarden)
        }
        return GemmaModel(
            naam: "GEMMA", release: nil,
            referentiecomponenten: [rc("rc3", "Archiefcomponent", []), rc("rc2", "Klantcomponent", []), rc("rc1", "Zaakcomponent", [StandaardRol(standaard: "S", rol: .verplicht)])],
            standaarden: [Standaard(objectID: "S", identifier: "id-S", naam: "ZGW", beschrijving: "", versies: ["s1", "s2"])],
            standaardversies: [
                Standaardversie(objectID: "s1", identifier: "id-s1", naam: "ZGW 1.0", beschrijving: "", standaard: "S"),
                Standaardversie(objectID: "s2", identifier: "id-s2", naam: "ZGW 1.5", beschrijving: "", standaard: "S"),
            ],
            landelijkeVoorzieningen: [], applicatieservices: [], views: [])
    }

    static func catalogus(extra: (inout Catalogus) -> Void = { _ in }) -> VisibleCatalogus {
        var c = Catalogus(info: CatalogusInfo(naam: "Test", peildatum: peildatum), gemma: gemma)
        var eestad = gemeente("gem-e", "Eestad", "P2", 12_000)
        eestad.opgegaanIn = "gem-d"
        c.organisaties = [
            gemeente("gem-a", "Aastad", "P1", 10_000, ["sw1"]),
            gemeente("gem-b", "Beedorp", "P1", 14_000, ["sw1"]),
            gemeente("gem-c", "Ceestad", "P2", 15_000),
            gemeente("gem-d", "Deedorp", "P2", 100_000),
            eestad,
            Organisatie(id: "lev", naam: "Leverancier", type: .leverancier),
            Organisatie(id: "sw1", naam: "Samen Eén", type: .samenwerking),
        ]
        c.applicaties = [
            applicatie("app1", "Alfa Zaak", rc: ["rc1"]), applicatie("app2", "Beta Zaak", rc: ["rc1"]),
            applicatie("app3", "Klantbeeld", rc: ["rc2"]), applicatie("app4", "Archiefkast", rc: ["rc3"]),
        ]
        c.applicatieversies = [
            versie("v1", "app1", "1.0", .inGebruik, inGebruik: "2024-01-01", einde: "2026-12-31"),
            versie("v2", "app1", "2.0", .inGebruik, inGebruik: "2026-01-01", einde: nil),
            versie("v3", "app4", "3.0", .eindeOndersteuning, inGebruik: "2020-01-01", einde: "2025-01-01"),
        ]
        c.compliancy = [
            Compliancy(id: "c1", applicatie: "app1", standaardversie: "s1", ondersteund: true),
            Compliancy(id: "c2", applicatie: "app2", standaardversie: "s1", ondersteund: false),
            Compliancy(id: "c3", applicatie: "app2", standaardversie: "s2", ondersteund: false),
        ]
        c.gebruik = [
            line("a1", "gem-a", "app1", .inProductie, rc: ["rc1"], versie: "v1"),
            line("a2", "gem-a", "app4", .uitTeFaseren, rc: ["rc3"], versie: "v3"),
            line("b1", "gem-b", "app1", .uitgefaseerd, rc: ["rc1"]),
            line("b2", "gem-b", "app2", .inProductie, rc: ["rc1"]),
            line("b3", "gem-b", "app3", .inProductie, rc: ["rc2"]),
            line("c1", "gem-c", "app2", .inProductie, rc: ["rc1"]),
            line("c2", "gem-c", "app3", .gepland, rc: ["rc2"]),
            line("c3", "gem-c", "app4", .inProductie, rc: []),
            line("d1", "gem-d", "app3", .inProductie, rc: ["rc2"]),
            line("e1", "gem-e", "app3", .inProductie, rc: ["rc2"]),
        ]
        extra(&c)
        return c.visible(to: .gemeenten)
    }
}
