import CatalogusModel
import Gemma
import XCTest

/// The audience stage on its own, row by row of the contract's table "Who may see what".
final class VisibilityTests: XCTestCase {
    private func catalogus() -> Catalogus {
        var c = Catalogus(info: CatalogusInfo(naam: "Test", peildatum: "2026-11-01"), gemma: .empty)
        var gemeente = Organisatie(id: "gem", naam: "Gemeente", type: .gemeente)
        gemeente.deelnames = ["sw"]
        var weg = Organisatie(id: "weg", naam: "Weg", type: .gemeente)
        weg.status = .deactief
        c.organisaties = [gemeente, weg, Organisatie(id: "sw", naam: "Samen", type: .samenwerking), Organisatie(id: "lev", naam: "Lev", type: .leverancier)]
        var aanspreekpunt = Contactpersoon(id: "cp1", organisatie: "gem", emailadres: "a@gem.example")
        aanspreekpunt.isAanspreekpunt = true
        var leverancierContact = Contactpersoon(id: "cp3", organisatie: "lev", emailadres: "c@lev.example")
        leverancierContact.isAanspreekpunt = true
        c.contactpersonen = [aanspreekpunt, Contactpersoon(id: "cp2", organisatie: "gem", emailadres: "b@gem.example"), leverancierContact]
        var gedepubliceerd = Applicatie(id: "app2", naam: "Oud", beschrijvingKort: "x", aanbieder: "lev")
        gedepubliceerd.status = .gedepubliceerd
        var concept = Applicatie(id: "app3", naam: "Nieuw", beschrijvingKort: "x", aanbieder: "lev")
        concept.status = .concept
        c.applicaties = [Applicatie(id: "app1", naam: "App", beschrijvingKort: "x", aanbieder: "lev"), gedepubliceerd, concept]
        c.applicatieversies = [Applicatieversie(id: "v1", applicatie: "app1", versie: "1"), Applicatieversie(id: "v2", applicatie: "app2", versie: "1")]
        var line = Gebruik(id: "g1", afnemer: "gem", applicatie: "app1", status: .inProductie)
        line.interneAantekening = "geheim"
        c.gebruik = [
            line, Gebruik(id: "g2", afnemer: "sw", applicatie: "app1", status: .inProductie),
            Gebruik(id: "g3", afnemer: "weg", applicatie: "app1", status: .inProductie),
            Gebruik(id: "g4", afnemer: "gem", applicatie: "app2", status: .inProductie),
            Gebruik(id: "g5", afnemer: "sw", applicatie: "app3", status: .uitgefaseerd),
        ]
        var koppeling = Koppeling(id: "k1", bron: "g1")
        koppeling.doel = "g4"
        c.koppelingen = [koppeling]
        c.contracten = [Contract(id: "c1", gebruik: "g1")]
        var goed = Beoordeling(id: "b1", afnemer: "gem", waardering: 4)
        goed.applicatie = "app1"
        goed.status = .goedgekeurd
        var open = Beoordeling(id: "b2", afnemer: "sw", waardering: 1)
        open.applicatie = "app1"
        open.status = .inBehandeling
        c.beoordelingen = [goed, open]
        return c
    }

    func testNobodySeesDeactiefGedepubliceerdOrInterneAantekening() {
        for audience in Audience.allCases {
            let v = catalogus().visible(to: audience)
            XCTAssertEqual(v.organisaties.map(\.id), ["gem", "sw", "lev"], "\(audience)")
            XCTAssertEqual(v.applicaties.map(\.id), ["app1", "app3"], "\(audience): concept stays, gedepubliceerd goes")
            XCTAssertEqual(v.applicatieversies.map(\.id), ["v1"], "\(audience)")
            XCTAssertTrue(v.gebruik.allSatisfy { $0.interneAantekening == nil }, "\(audience)")
            XCTAssertFalse(v.gebruik.contains { $0.afnemer == "weg" || $0.applicatie == "app2" }, "\(audience)")
            XCTAssertFalse(v.beoordelingen.contains { $0.status != .goedgekeurd }, "\(audience)")
            XCTAssertFalse(v.contactpersonen.contains { $0.id == "cp2" }, "\(audience): only aanspreekpunten")
            XCTAssertEqual(v.koppelingen, [], "\(audience): its doel uses a gedepubliceerd applicatie")
        }
    }

    func testReferencesToHiddenObjectsAreRemoved() {
        var c = catalogus()
        c.applicaties[0].geregistreerdDoor = "weg"
        c.applicaties[0].opgegaanIn = "app2"
        c.applicaties[0].contactpersoon = "cp2"
        c.organisaties[0].deelnames = ["sw", "weg"]
        c.organisaties[0].emailadres = "info@gem.example"
        for audience in Audience.allCases {
            let v = c.visible(to: audience)
            XCTAssertNil(v.applicaties[0].geregistreerdDoor, "\(audience)")
            XCTAssertNil(v.applicaties[0].opgegaanIn, "\(audience)")
            XCTAssertNil(v.applicaties[0].contactpersoon, "\(audience)")
            XCTAssertEqual(v.organisaties[0].deelnames, ["sw"], "\(audience)")
        }
        XCTAssertNil(c.visible(to: .publiek).organisaties[0].emailadres)
        XCTAssertEqual(c.visible(to: .gemeenten).organisaties[0].emailadres, "info@gem.example")
    }

    func testPublicGetsCountsButNoLandscapesContractsOrGemeenteContacts() {
        let v = catalogus().visible(to: .publiek)
        XCTAssertEqual(v.gebruik, [])
        XCTAssertEqual(v.koppelingen, [])
        XCTAssertEqual(v.contracten, [])
        XCTAssertEqual(v.beoordelingen, [])
        XCTAssertEqual(v.contactpersonen.map(\.id), ["cp3"])
        XCTAssertEqual(v.gebruikTelling["app1"], 2, "gem and sw, not the deactivated one")
        XCTAssertNil(v.gebruikTelling["app3"], "phased-out lines do not count")
        XCTAssertEqual(v.beoordelingenPerApplicatie["app1"], BeoordelingSamenvatting(aantal: 1, som: 4))
    }

    func testGemeentenSeeLandscapesContractsRatingsAndAanspreekpunten() {
        let v = catalogus().visible(to: .gemeenten)
        XCTAssertEqual(v.gebruik.map(\.id), ["g1", "g2", "g5"])
        XCTAssertEqual(v.contracten.map(\.id), ["c1"])
        XCTAssertEqual(v.beoordelingen.map(\.id), ["b1"])
        XCTAssertEqual(Set(v.contactpersonen.map(\.id)), ["cp1", "cp3"])
    }

    /// The statistics' national totals: counts only, the same for both audiences, from visible
    /// lines in use.
    func testNationalTotalsCountVisibleLinesInUseForBothAudiences() {
        var c = catalogus()
        c.gebruik[0].referentiecomponenten = ["rc"]
        c.gebruik[0].applicatieversie = "v1"
        c.gebruik[0].cloudDienstverleningsmodel = [.saas, .onPremises]
        c.gebruik[1].referentiecomponenten = ["rc"]
        c.gebruik[2].referentiecomponenten = ["rc"]
        let totals = c.visible(to: .publiek).gebruikTotalen
        XCTAssertEqual(totals, c.visible(to: .gemeenten).gebruikTotalen)
        XCTAssertEqual(totals.organisaties, 2, "gem and sw; not the deactivated one, not a phased-out line")
        XCTAssertEqual(totals.regels, 2)
        XCTAssertEqual(totals.organisatiesPerReferentiecomponent, ["rc": 2])
        XCTAssertEqual(totals.organisatiesPerReferentiecomponentEnApplicatie, ["rc": ["app1": 2]])
        XCTAssertEqual(totals.organisatiesPerAanbieder, ["lev": 2])
        XCTAssertEqual(totals.organisatiesPerApplicatieversie, ["v1": 1])
        XCTAssertEqual(totals.regelsPerApplicatieEnCloudmodel, ["app1": ["On-premises+SaaS": 1, "": 1]])
    }
}
