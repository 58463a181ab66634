import Foundation
import Site
import XCTest

/// Gluren bij de buren and Advies (issue 6): only on the gemeenten site, and what they say about
/// the fixture's two gemeenten (Utrecht and Zeist, both in Regio ICT Samen and in provincie Utrecht).
final class BurenPageTests: XCTestCase {
    /// Every file's path and text of one build.
    private func everything(_ site: TestSite, _ audience: Site.Audience) throws -> String {
        let (report, problems) = site.build(site.options(audience: audience, baseURL: "https://www.softwarecatalogus.nl"))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        return try TestSite.snapshot(site.output).sorted { $0.key < $1.key }
            .map { "\($0.key)\n\(String(decoding: $0.value, as: UTF8.self))" }.joined(separator: "\n")
    }

    /// Contract: "gluren bij de buren" is per-organisation data, never public.
    private let gemeentenOnly = ["Gluren bij de buren", "/buren/", "buren/index.html", "/advies/", "advies/index.html", "Advies: ", "Hoe kiezen we de buren"]

    func testPublicSiteHasNeitherPagesNorLinks() throws {
        let all = try everything(TestSite(), .publiek)
        for hidden in gemeentenOnly {
            XCTAssertFalse(all.contains(hidden), "the public site contains '\(hidden)'")
        }
    }

    func testGemeentenSiteHasPagesAndLinks() throws {
        let site = try TestSite()
        let all = try everything(site, .gemeenten)
        for shown in gemeentenOnly {
            XCTAssertTrue(all.contains(shown), "the gemeenten site lacks '\(shown)'")
        }
        let utrecht = try site.read("gemeenten/utrecht/index.html")
        XCTAssertTrue(utrecht.contains("<li><a href=\"/gemeenten/utrecht/buren/\">Gluren bij de buren</a></li>\n<li><a href=\"/gemeenten/utrecht/advies/\">Advies</a></li>"))
        XCTAssertFalse(try site.read("samenwerkingen/regio-ict-samen/index.html").contains("/buren/"), "only gemeenten have buren")
        XCTAssertFalse(try site.read("leveranciers/acme-software-b-v/index.html").contains("/buren/"))
        let urls = try site.read("urls.json")
        XCTAssertTrue(urls.contains("\"/gemeenten/zeist/buren/\"") && urls.contains("\"/gemeenten/zeist/advies/\""), "kept alive by later builds")
    }

    func testBurenPageSaysWhoWhyAndWhatTheyUse() throws {
        let site = try TestSite()
        _ = site.build(site.options(audience: .gemeenten))
        let page = try site.read("gemeenten/zeist/buren/index.html")
        // Zeist's landscape: Zaaksysteem Één (its line names no referentiecomponent, so the applicatie's
        // Zaakregistratiecomponent counts); Open Zaak is Uitgefaseerd. Utrecht: Zaaksysteem Één and KlantBeeld: 1 of 2 pairs.
        XCTAssertTrue(page.contains("<tr id=\"buur-utrecht\"><td><a href=\"/gemeenten/utrecht/\">Utrecht</a><br><span class=\"toelichting\">Utrecht, 367.984 inwoners</span></td>"
            + "<td>samen in Regio ICT Samen; zelfde provincie; een van de 5 meest gelijke landschappen</td><td>50% <span class=\"toelichting\">(1 van 2)</span></td>"), page)
        XCTAssertTrue(page.contains("carla.coordinator@utrecht.example"), "the buur's aanspreekpunt")
        XCTAssertFalse(page.contains("dirk.geheim"), "never a contact who is not aanspreekpunt")
        XCTAssertTrue(page.contains("<td><a href=\"/referentiecomponenten/klantinteractiecomponent/\">Klantinteractiecomponent</a></td><td>niets geregistreerd</td>"
            + "<td><a href=\"/applicaties/klantbeeld/\">KlantBeeld</a> (1: Utrecht)</td></tr>"), page)
        XCTAssertTrue(page.contains("<li><a href=\"/gemeenten/\">Gemeenten</a></li>\n<li><a href=\"/gemeenten/zeist/\">Zeist</a></li>\n<li aria-current=\"page\">Gluren bij de buren: Zeist</li>"), "breadcrumb through the gemeente")
    }

    func testAdviesPageSaysWhyOrThatThereIsNone() throws {
        let site = try TestSite()
        _ = site.build(site.options(audience: .gemeenten))
        let zeist = try site.read("gemeenten/zeist/advies/index.html")
        XCTAssertTrue(zeist.contains("<a href=\"/referentiecomponenten/klantinteractiecomponent/\">Klantinteractiecomponent</a>: de enige buur gebruikt hiervoor een applicatie (Utrecht), Zeist niet. Bij de buren: <a href=\"/applicaties/klantbeeld/\">KlantBeeld</a> (1).</li>"), zeist)
        let utrecht = try site.read("gemeenten/utrecht/advies/index.html")
        XCTAssertTrue(utrecht.contains("Er is op dit moment geen advies voor Utrecht"), utrecht)
        XCTAssertFalse(utrecht.contains("<ul class=\"advies\">"))
    }

    /// Whole pages, recorded like `GoldenTests` (re-record with SWC_RECORD=1).
    func testPagesMatchTheirGoldenCopies() throws {
        let site = try TestSite()
        let (report, problems) = site.build(site.options(audience: .gemeenten, baseURL: "https://www.softwarecatalogus.nl"))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let record = ProcessInfo.processInfo.environment["SWC_RECORD"] == "1"
        for page in ["gemeenten/zeist/buren/index.html", "gemeenten/zeist/advies/index.html"] {
            let actual = try site.read(page)
            let golden = GoldenTests.goldenFolder.appendingPathComponent("gemeenten-site__" + page.replacingOccurrences(of: "/", with: "__"))
            if record {
                try Data(actual.utf8).write(to: golden)
                continue
            }
            guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
                XCTFail("no golden copy of \(page): record it with SWC_RECORD=1 swift test --filter BurenPageTests")
                continue
            }
            XCTAssertEqual(actual, expected, "\(page) differs from \(golden.lastPathComponent); re-record with SWC_RECORD=1 if the change is intended")
        }
    }
}
