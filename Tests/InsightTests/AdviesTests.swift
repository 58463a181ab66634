import CatalogusModel
@testable import Insight
import XCTest

/// The four advice rules on the hand-made catalogue (see `BurenFixture`).
final class AdviesTests: XCTestCase {
    let landschappen = Landschappen(BurenFixture.catalogus())

    private func advies(_ gemeente: String, in landschappen: Landschappen? = nil) -> Adviezen {
        let landschappen = landschappen ?? self.landschappen
        return AdviesRegels(landschappen).advies(gemeente, buren: BurenIndex(landschappen).buren[gemeente] ?? [])
    }

    func testVersionNearEndOfSupportWithTheNewestVersion() {
        let a = advies("gem-a")
        XCTAssertEqual(a.versies, [VersieAdvies(gebruik: "a1", applicatie: "app1", versie: "v1", einde: "2026-12-31", verlopen: false, nieuwste: "v2")],
                       "v1 ends within a year of 2026-11-01; Aastad's line on v3 is already Uit te faseren")
    }

    func testVersionPastEndOfSupportOrFarAway() {
        let past = Landschappen(BurenFixture.catalogus { c in c.gebruik[1].status = .inProductie })
        XCTAssertEqual(advies("gem-a", in: past).versies.map(\.versie), ["v3", "v1"], "ended first")
        XCTAssertEqual(advies("gem-a", in: past).versies.first?.verlopen, true)
        let far = Landschappen(BurenFixture.catalogus { c in c.applicatieversies[0].datumEindeOndersteuning = "2027-11-02" })
        XCTAssertEqual(advies("gem-a", in: far).versies, [], "more than a year after the peildatum")
        XCTAssertEqual(AdviesRegels.later("2026-11-01", jaren: 1), "2027-11-01")
    }

    func testComponentAtLeastHalfTheBurenFill() {
        XCTAssertEqual(advies("gem-a").ontbrekend, [OntbrekendAdvies(referentiecomponent: "rc2", buren: ["gem-c", "gem-b"], vanAantal: 2,
                                                                    applicaties: [Telling(applicatie: "app3", aantal: 2)])])
        XCTAssertEqual(advies("gem-d").ontbrekend.map(\.referentiecomponent), ["rc1", "rc3"], "2 of 2 buren before 1 of 2 (half is enough)")
    }

    func testNoComponentAdviceWithoutALandscape() {
        let empty = Landschappen(BurenFixture.catalogus { c in c.gebruik.removeAll { $0.afnemer == "gem-d" } })
        XCTAssertEqual(advies("gem-d", in: empty).ontbrekend, [])
    }

    func testApplicatieBurenMovedTo() {
        XCTAssertEqual(advies("gem-a").overstappen, [OverstapAdvies(referentiecomponent: "rc1", van: "app1", naar: "app2", buren: ["gem-b"], gebruik: "a1")],
                       "Beedorp phased out Alfa Zaak and has Beta Zaak in production on rc1")
        XCTAssertEqual(advies("gem-c").overstappen, [], "Ceestad does not use Alfa Zaak")
    }

    func testRequiredStandardNotSupported() {
        XCTAssertEqual(advies("gem-c").standaarden, [StandaardAdvies(applicatie: "app2", standaard: "S", referentiecomponenten: ["rc1"], nietOndersteund: ["s1", "s2"])])
        XCTAssertEqual(advies("gem-a").standaarden, [], "Alfa Zaak supports ZGW 1.0")
        let unknown = Landschappen(BurenFixture.catalogus { c in c.compliancy.removeAll { $0.applicatie == "app2" } })
        XCTAssertEqual(advies("gem-c", in: unknown).standaarden, [], "no statement is unknown, not advice")
        let partly = Landschappen(BurenFixture.catalogus { c in c.compliancy[2].ondersteund = true })
        XCTAssertEqual(advies("gem-c", in: partly).standaarden, [], "one supported version is enough")
    }

    func testEmptyAdvice() {
        let b = advies("gem-b")
        XCTAssertEqual(b.versies, [])
        XCTAssertEqual(b.overstappen, [])
        XCTAssertFalse(b.isEmpty, "rc3: Ceestad and Aastad of three buren")
        XCTAssertTrue(Adviezen().isEmpty)
    }
}
