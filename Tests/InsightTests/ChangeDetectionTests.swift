import CatalogusModel
import Gemma
import Insight
import XCTest

/// Issue 6, Wijzigingen: each kind of change found on hand-made before/after catalogues.
final class ChangeDetectionTests: XCTestCase {
    private func applicatie(_ id: String, _ naam: String, status: Applicatie.Status = .gepubliceerd) -> Applicatie {
        var a = Applicatie(id: id, naam: naam, beschrijvingKort: "x", aanbieder: "lev")
        a.status = status
        return a
    }

    private func versie(_ id: String, _ applicatie: String, _ versie: String, _ status: Levenscyclus, einde: String? = nil, inGebruik: String? = nil) -> Applicatieversie {
        var v = Applicatieversie(id: id, applicatie: applicatie, versie: versie)
        v.status = status
        v.datumEindeOndersteuning = einde
        v.datumInGebruik = inGebruik
        return v
    }

    private func dienst(_ id: String, _ naam: String, _ applicaties: [String]) -> Dienst {
        var d = Dienst(id: id, naam: naam, aanbieder: "lev", type: .hosting)
        d.applicaties = applicaties
        return d
    }

    private func catalogus(_ peildatum: String?, _ applicaties: [Applicatie], _ versies: [Applicatieversie] = [], _ diensten: [Dienst] = [],
                           gebruik: [Gebruik] = [], audience: Audience = .publiek) -> VisibleCatalogus {
        var c = Catalogus(info: CatalogusInfo(naam: "Test", peildatum: peildatum), gemma: .empty)
        c.organisaties = [Organisatie(id: "lev", naam: "Lev", type: .leverancier), Organisatie(id: "gem", naam: "Gem", type: .gemeente)]
        c.applicaties = applicaties.sorted { $0.id < $1.id }
        c.applicatieversies = versies.sorted { $0.id < $1.id }
        c.diensten = diensten.sorted { $0.id < $1.id }
        c.gebruik = gebruik
        return c.visible(to: audience)
    }

    private func kinds(_ changes: [Wijziging]) -> [String] {
        changes.map { "\($0.soort.rawValue) \($0.subject) \($0.oud ?? "-")→\($0.nieuw ?? "-") \($0.datum)" }
    }

    func testNothingChangedIsNoChange() {
        let c = catalogus("2026-11-01", [applicatie("a1", "Een")], [versie("v1", "a1", "1", .inGebruik)], [dienst("d1", "Hosting", ["a1"])])
        XCTAssertEqual(ChangeDetection.changes(from: c, to: c), [])
    }

    func testNewAndWithdrawnApplicatiesAndStatus() {
        var merged = applicatie("a4", "Vier")
        merged.opgegaanIn = "a1"
        let old = catalogus("2026-10-01", [applicatie("a1", "Een"), applicatie("a2", "Twee"), applicatie("a3", "Drie", status: .concept), applicatie("a4", "Vier"),
                                           applicatie("a6", "Zes")])
        let new = catalogus("2026-11-01", [applicatie("a1", "Een"), applicatie("a3", "Drie"), merged, applicatie("a5", "Vijf"),
                                           applicatie("a6", "Zes", status: .gedepubliceerd)])
        XCTAssertEqual(kinds(ChangeDetection.changes(from: old, to: new)), [
            "nieuwe-applicatie a5 -→- 2026-11-01",
            "applicatie-ingetrokken a2 Gepubliceerd→- 2026-11-01",
            "applicatie-ingetrokken a4 Gepubliceerd→Een 2026-11-01",
            "applicatie-ingetrokken a6 Gepubliceerd→- 2026-11-01",
            "applicatie-status a3 Concept→Gepubliceerd 2026-11-01",
        ])
    }

    func testVersionsNewEndOfSupportAndOtherLifecycleChanges() {
        let old = catalogus("2026-10-01", [applicatie("a1", "Een"), applicatie("a2", "Twee")], [
            versie("v1", "a1", "1.0", .inGebruik, einde: "2026-10-15"),
            versie("v2", "a1", "2.0", .inOntwikkeling),
            versie("v3", "a1", "0.9", .inGebruik, einde: "2026-12-31"),
            versie("v4", "a1", "0.8", .inGebruik),
        ])
        let new = catalogus("2026-11-01", [applicatie("a1", "Een"), applicatie("a2", "Twee")], [
            versie("v1", "a1", "1.0", .inGebruik, einde: "2026-10-15"),       // date passed, status kept
            versie("v2", "a1", "2.0", .inGebruik, inGebruik: "2026-10-20"),
            versie("v3", "a1", "0.9", .inGebruik, einde: "2026-12-31"),       // end still to come: no change
            versie("v4", "a1", "0.8", .eindeOndersteuning, einde: "2025-01-01"),  // date before the previous peildatum
            versie("v5", "a2", "3.0", .inGebruik, inGebruik: "2026-10-25"),
            versie("v6", "a2", "3.1", .inOntwikkeling, inGebruik: "2027-01-01"),
        ])
        XCTAssertEqual(kinds(ChangeDetection.changes(from: old, to: new)), [
            "nieuwe-versie v6 -→in ontwikkeling 2026-11-01",
            "einde-ondersteuning v4 in gebruik→einde ondersteuning 2026-11-01",
            "nieuwe-versie v5 -→in gebruik 2026-10-25",
            "versie-status v2 in ontwikkeling→in gebruik 2026-10-20",
            "einde-ondersteuning v1 in gebruik→einde ondersteuning 2026-10-15",
        ])
    }

    func testVersionsOfANewApplicatieAreNotListedApart() {
        let old = catalogus("2026-10-01", [])
        let new = catalogus("2026-11-01", [applicatie("a1", "Een")], [versie("v1", "a1", "1", .inGebruik)])
        XCTAssertEqual(kinds(ChangeDetection.changes(from: old, to: new)), ["nieuwe-applicatie a1 -→- 2026-11-01"])
    }

    func testNewDienstenAndDienstenForMoreApplicaties() {
        let old = catalogus("2026-10-01", [applicatie("a1", "Een"), applicatie("a2", "Twee")], [], [dienst("d1", "Beheer", ["a1"])])
        let new = catalogus("2026-11-01", [applicatie("a1", "Een"), applicatie("a2", "Twee")], [],
                            [dienst("d1", "Beheer", ["a1", "a2"]), dienst("d2", "Hosting", ["a1"])])
        let changes = ChangeDetection.changes(from: old, to: new)
        XCTAssertEqual(kinds(changes), ["nieuwe-dienst d2 -→- 2026-11-01", "dienst-uitgebreid d1 -→- 2026-11-01"])
        XCTAssertEqual(changes.map(\.applicaties), [["a1"], ["a2"]])
    }

    func testKeysAreStableAndDistinctAndIgnoreTheDate() {
        let old1 = catalogus("2026-10-01", [applicatie("a1", "Een")], [versie("v1", "a1", "1", .inGebruik)])
        let old2 = catalogus("2026-09-01", [applicatie("a1", "Een")], [versie("v1", "a1", "1", .inGebruik)])
        let new = catalogus("2026-11-01", [applicatie("a1", "Een")], [versie("v1", "a1", "1", .eindeOndersteuning), versie("v2", "a1", "2", .inGebruik)])
        let first = ChangeDetection.changes(from: old1, to: new), second = ChangeDetection.changes(from: old2, to: new)
        XCTAssertEqual(first.map(\.key), second.map(\.key))
        XCTAssertEqual(Set(first.map(\.key)).count, first.count)
    }

    func testWithoutPeildatumNoClockIsRead() {
        let old = catalogus(nil, [])
        let new = catalogus(nil, [applicatie("a1", "Een")])
        XCTAssertEqual(ChangeDetection.changes(from: old, to: new).map(\.datum), ["1970-01-01"])
    }

    func testLandscapesOnlyWhereTheAudienceHasThem() {
        let lines = [Gebruik(id: "g1", afnemer: "gem", applicatie: "a1", status: .inProductie)]
        XCTAssertEqual(ChangeDetection.landscapes(catalogus("2026-11-01", [applicatie("a1", "Een")], gebruik: lines, audience: .gemeenten)), ["gem": ["a1"]])
        XCTAssertEqual(ChangeDetection.landscapes(catalogus("2026-11-01", [applicatie("a1", "Een")], gebruik: lines)), [:])
    }
}
