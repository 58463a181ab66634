import Builder
import Foundation
import XCTest

/// The catalogue's pages: clean, stable URLs and the content each kind must show.
final class CataloguePageTests: XCTestCase {
    func testEveryKindHasItsPagesAtSlugURLs() throws {
        let site = try TestSite()
        let (report, problems) = site.build()
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        for page in [
            "applicaties/index.html", "applicaties/zaaksysteem-een/index.html", "applicaties/klantbeeld/index.html",
            "leveranciers/acme-software-b-v/index.html", "leveranciers/open-zaak-community/index.html",
            "gemeenten/utrecht/index.html", "gemeenten/zeist/index.html", "samenwerkingen/regio-ict-samen/index.html",
            "referentiecomponenten/zaakregistratiecomponent/index.html", "diensten/index.html",
        ] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(page).path), page)
        }
    }

    func testApplicatiePageLinksAanbiederComponentAndGemmaOnline() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("applicaties/zaaksysteem-een/index.html")
        XCTAssertTrue(page.contains("<a href=\"/leveranciers/acme-software-b-v/\">Acme Software B.V.</a>"))
        XCTAssertTrue(page.contains("<a href=\"/referentiecomponenten/zaakregistratiecomponent/\">Zaakregistratiecomponent</a>"))
        XCTAssertTrue(page.contains("https://www.gemmaonline.nl/wiki/GEMMA/id-11111111-1111-1111-1111-111111111111"))
        XCTAssertTrue(page.contains("<strong>zaakgericht werken</strong>"), "markdown description")
        XCTAssertTrue(page.contains("<td>Verplicht</td>"))
        XCTAssertFalse(page.lowercased().contains("non-compliant"))
        XCTAssertTrue(page.contains("<li><a href=\"/\">Home</a></li>\n<li><a href=\"/applicaties/\">Applicaties</a></li>"), "breadcrumb through the overview")
    }

    func testConceptApplicatieIsMarkedWithWhoRegisteredIt() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("applicaties/klantbeeld/index.html")
        XCTAssertTrue(page.contains("<span class=\"label\">concept</span>"))
        XCTAssertTrue(page.contains("geregistreerd door <a href=\"/gemeenten/zeist/\">Zeist</a>"))
    }

    func testOverviewHasLettersAndCounts() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("applicaties/index.html")
        XCTAssertTrue(page.contains("3 in totaal"))
        XCTAssertTrue(page.contains("<a href=\"#letter-z\">Z</a>"))
        XCTAssertTrue(page.contains("<span class=\"az-leeg\">Q</span>"))
    }

    func testSamenwerkingListsItsMembersAndCommunityItsApplicaties() throws {
        let site = try TestSite()
        _ = site.build()
        let regio = try site.read("samenwerkingen/regio-ict-samen/index.html")
        XCTAssertTrue(regio.contains("<a href=\"/gemeenten/utrecht/\">Utrecht</a>"))
        let utrecht = try site.read("gemeenten/utrecht/index.html")
        XCTAssertTrue(utrecht.contains("<dd>367.984</dd>"))
        XCTAssertTrue(utrecht.contains("<a href=\"/samenwerkingen/regio-ict-samen/\">Regio ICT Samen</a>"))
    }

    func testWithoutAGemmaModelReferencesAreNotCheckedAndThatIsSaidOnce() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("catalogus/gemma.xml"))
        let (report, problems) = site.build()
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        XCTAssertEqual(problems, ["content/catalogus/gemma.xml: waarschuwing: geen GEMMA-model gevonden: 7 verwijzingen naar GEMMA zijn niet gecontroleerd; zet gemma.xml (AMEFF) in de gegevensmap"])
    }
}
