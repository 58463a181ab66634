import CatalogusModel
import Gemma
@testable import Insight
import XCTest

/// The statistics on a small hand-made catalogue whose numbers can be counted on one's fingers:
/// three gemeenten (one small, two large), one samenwerking, two suppliers, two components.
final class StatistiekenTests: XCTestCase {
    private func catalogus() -> Catalogus {
        let gemma = GemmaModel(naam: "GEMMA", release: nil, referentiecomponenten: [
            Referentiecomponent(objectID: "rc-zaak", identifier: "id-1", naam: "Zaaksysteem", beschrijving: ""),
            Referentiecomponent(objectID: "rc-klant", identifier: "id-2", naam: "Klantbeeld", beschrijving: ""),
            Referentiecomponent(objectID: "rc-leeg", identifier: "id-3", naam: "Leeg", beschrijving: ""),
        ], standaarden: [], standaardversies: [], landelijkeVoorzieningen: [], applicatieservices: [], views: [])
        var c = Catalogus(info: CatalogusInfo(naam: "Test", peildatum: "2026-11-01"), gemma: gemma)
        func gemeente(_ id: String, _ provincie: String, _ inwoners: Int) -> Organisatie {
            var o = Organisatie(id: id, naam: id.capitalized, type: .gemeente)
            o.provincie = provincie
            o.inwonertal = inwoners
            return o
        }
        c.organisaties = [gemeente("a", "Utrecht", 15_000), gemeente("b", "Utrecht", 120_000), gemeente("c", "Gelderland", 200_000),
                          Organisatie(id: "sw", naam: "Samen", type: .samenwerking),
                          Organisatie(id: "lev1", naam: "Lev Een", type: .leverancier), Organisatie(id: "lev2", naam: "Lev Twee", type: .leverancier)]
        func app(_ id: String, _ aanbieder: String, _ rc: [String], _ cloud: [Cloudmodel], _ licentie: Licentietype?) -> Applicatie {
            var a = Applicatie(id: id, naam: id.uppercased(), beschrijvingKort: "x", aanbieder: aanbieder)
            a.referentiecomponenten = rc
            a.cloudDienstverleningsmodel = cloud
            a.licentietype = licentie
            a.hostingLocatie = cloud == [.saas] ? .nl : nil
            return a
        }
        c.applicaties = [app("z1", "lev1", ["rc-zaak"], [.saas], .closedSource), app("z2", "lev2", ["rc-zaak"], [.onPremises, .saas], .openSource),
                         app("k1", "lev1", ["rc-klant", "rc-zaak"], [], nil)]
        func version(_ id: String, _ app: String, _ end: String?) -> Applicatieversie {
            var v = Applicatieversie(id: id, applicatie: app, versie: id)
            v.datumEindeOndersteuning = end
            return v
        }
        c.applicatieversies = [version("v-oud", "z1", "2026-06-30"), version("v-q1", "z1", "2026-12-15"), version("v-q2", "z2", "2027-02-01"),
                               version("v-later", "z2", "2028-01-01"), version("v-grens", "k1", "2027-11-01")]
        func line(_ id: String, _ afnemer: String, _ app: String, _ rc: [String], version: String? = nil,
                  cloud: [Cloudmodel] = [], status: Gebruik.Status = .inProductie) -> Gebruik {
            var g = Gebruik(id: id, afnemer: afnemer, applicatie: app, status: status)
            g.referentiecomponenten = rc
            g.applicatieversie = version
            g.cloudDienstverleningsmodel = cloud
            return g
        }
        c.gebruik = [
            line("g1", "a", "z1", ["rc-zaak"], version: "v-oud"),
            line("g2", "b", "z1", ["rc-zaak"], version: "v-q1"),
            line("g3", "c", "z2", ["rc-zaak"], version: "v-q2", cloud: [.onPremises]),
            line("g4", "c", "k1", ["rc-klant"]),
            line("g5", "sw", "z1", ["rc-zaak"], version: "v-q1"),
            line("g6", "b", "z2", ["rc-zaak"], status: .uitgefaseerd),
            line("g7", "b", "k1", ["rc-klant"], cloud: [.saas, .paas]),
        ]
        return c
    }

    private func national(_ audience: Audience = .publiek) -> NationalStatistics {
        let v = catalogus().visible(to: audience)
        return NationalStatistics(v, applicaties: v.applicaties)
    }

    func testComponentsCountOfferedApplicatiesAndMarketShare() {
        let s = national()
        XCTAssertEqual(s.components.map(\.id), ["rc-zaak", "rc-klant"], "most applicaties first; a component nobody offers or uses is left out")
        XCTAssertEqual(s.components[0].applicaties, 3)
        XCTAssertEqual(s.components[0].organisaties, 4, "a, b, sw and c; b's phased-out line does not count")
        XCTAssertEqual(s.components[0].shares, [Tally(key: "z1", naam: "Z1", count: 3), Tally(key: "z2", naam: "Z2", count: 1)])
        XCTAssertEqual(s.position("rc-zaak", "z2"), NationalStatistics.Position(organisaties: 1, rank: 2))
        XCTAssertEqual(s.position("rc-klant", "k1"), NationalStatistics.Position(organisaties: 2, rank: 1))
        XCTAssertNil(s.position("rc-zaak", "k1"), "offered for it but nobody uses it for that")
        XCTAssertEqual(s.leader("rc-zaak")?.key, "z1")
        XCTAssertEqual(s.organisaties, 4)
        XCTAssertEqual(s.regels, 6)
    }

    func testLeveranciersByOrganisationsServed() {
        XCTAssertEqual(national().leveranciers, [Tally(key: "lev1", naam: "Lev Een", count: 4), Tally(key: "lev2", naam: "Lev Twee", count: 1)])
    }

    func testCloudHostingAndLicenceSplits() {
        let s = national()
        XCTAssertEqual(s.cloud.aanbod.map { "\($0.key)=\($0.count)" }, ["On-premises=1", "SaaS=2", "onbekend=1"])
        // z1 (SaaS only) ×3 lines; g3 says On-premises; g4 k1 offers nothing; g7 names two models.
        XCTAssertEqual(s.cloud.gebruik.map { "\($0.key)=\($0.count)" }, ["On-premises=1", "SaaS=3", "meerdere=1", "onbekend=1"])
        XCTAssertEqual(s.licentie.aanbod.map { "\($0.key)=\($0.count)" }, ["Closed source=1", "Open source=1", "=1"])
        XCTAssertEqual(s.licentie.gebruik.map { "\($0.key)=\($0.count)" }, ["Closed source=3", "Open source=1", "=2"])
        XCTAssertEqual(s.hostingLocatie.gebruik.map { "\($0.key)=\($0.count)" }, ["NL=3", "=3"])
    }

    func testEndOfSupportPerThreeMonthsFromThePeildatum() throws {
        let e = try XCTUnwrap(national().eindeOndersteuning)
        XCTAssertEqual(e.periods.map { "\($0.start)..\($0.end)" }, ["2026-11-01..2027-01-31", "2027-02-01..2027-04-30", "2027-05-01..2027-07-31", "2027-08-01..2027-10-31"])
        XCTAssertEqual(e.periods.map(\.versies), [1, 1, 0, 0], "v-grens ends on the first day after the year")
        XCTAssertEqual(e.periods.map(\.inGebruik), [2, 1, 0, 0], "v-q1 by b and sw")
        XCTAssertEqual(e.verlopenVersies, 1)
        XCTAssertEqual(e.verlopenInGebruik, 1)
    }

    func testCalendarSteps() throws {
        XCTAssertEqual(try XCTUnwrap(CalendarDay("2027-01-31")).adding(months: 1).text, "2027-02-28")
        XCTAssertEqual(try XCTUnwrap(CalendarDay("2028-03-01")).previous.text, "2028-02-29")
        XCTAssertEqual(try XCTUnwrap(CalendarDay("2027-01-01")).previous.text, "2026-12-31")
        XCTAssertNil(CalendarDay("2027-02-30"))
        XCTAssertNil(CalendarDay("1-1-2027"))
    }

    func testGemeentenPerProvincieSizeClassAndTheirChoices() throws {
        let v = catalogus().visible(to: .gemeenten)
        let s = GemeenteStatistics(v, gemeenten: v.organisaties.filter { $0.type == .gemeente },
                                   applicaties: Dictionary(uniqueKeysWithValues: v.applicaties.map { ($0.id, $0) }),
                                   positions: Dictionary(grouping: v.gebruik.indices) { v.gebruik[$0].afnemer })
        XCTAssertEqual(s.profiles["b"]?.applicaties, 2, "z1 and k1; z2 is phased out")
        XCTAssertEqual(s.profiles["b"]?.cloudAandeel, 1, "z1 is SaaS; k1's line names two models, so it is not known")
        XCTAssertEqual(s.profiles["c"]?.cloudAandeel, 0)
        XCTAssertEqual(s.perProvincie.map(\.key), ["Gelderland", "Utrecht"])
        XCTAssertEqual(s.perProvincie[1].gemiddeldAantalApplicaties, 1.5)
        XCTAssertEqual(s.perGrootte.map(\.key), ["tot20k", "vanaf100k"])
        XCTAssertEqual(s.perGrootte[1].gemeenten, 2)
        XCTAssertEqual(s.perGrootte[1].cloudAandeel, 0.5, "b: 1 of 1 known, c: 0 of 1 known")
        XCTAssertEqual(s.landelijk.metLandschap, 3)
        let keuzes = Keuze.of(v.gebruik, at: v.gebruik.indices.filter { v.gebruik[$0].afnemer == "c" }, national(.gemeenten))
        XCTAssertEqual(keuzes.map { "\($0.referentiecomponent)/\($0.applicatie) \($0.organisaties)/\($0.van) #\($0.rank)" },
                       ["rc-klant/k1 2/2 #1", "rc-zaak/z2 1/4 #2"])
    }

    func testSizeClassBounds() {
        XCTAssertEqual(GemeenteStatistics.SizeClass.of(19_999), .tot20k)
        XCTAssertEqual(GemeenteStatistics.SizeClass.of(20_000), .tot50k)
        XCTAssertEqual(GemeenteStatistics.SizeClass.of(99_999), .tot100k)
        XCTAssertEqual(GemeenteStatistics.SizeClass.of(100_000), .vanaf100k)
        XCTAssertEqual(GemeenteStatistics.SizeClass.of(nil), .onbekend)
    }
}
