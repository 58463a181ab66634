import Builder
import Foundation
import Site
import XCTest

/// Issue 7: URLs that stay. A merged organisation keeps its address as a redirect; what the
/// previous snapshot published becomes a redirect to where it is now, or a "verwijderd" page.
final class ContinuityTests: XCTestCase {
    private func edit(_ site: TestSite, _ file: String, _ change: (String) -> String) throws {
        let url = site.root.appendingPathComponent("content/catalogus/\(file)")
        try site.write("content/catalogus/\(file)", change(try String(contentsOf: url, encoding: .utf8)))
    }

    func testAMergedGemeenteRedirectsToItsSuccessorAndLeavesTheOverview() throws {
        let site = try TestSite()
        try edit(site, "organisaties.json") { $0.replacingOccurrences(of: "\"id\": \"gem-zeist\",", with: "\"id\": \"gem-zeist\", \"opgegaanIn\": \"gem-utrecht\",") }
        let (report, problems) = site.build(site.options(baseURL: "https://www.softwarecatalogus.nl"))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let page = try site.read("gemeenten/zeist/index.html")
        XCTAssertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/gemeenten/utrecht/\">"), page)
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://www.softwarecatalogus.nl/gemeenten/utrecht/\">"))
        XCTAssertTrue(page.contains("Zeist is opgegaan in <a href=\"/gemeenten/utrecht/\">Utrecht</a>"))
        XCTAssertFalse(try site.read("gemeenten/index.html").contains(">Zeist</a>"), "no longer listed")
        let manifest = try site.read("urls.json")
        XCTAssertTrue(manifest.contains("\"url\": \"/gemeenten/zeist/\",\n      \"soort\": \"organisatie\",\n      \"id\": \"gem-zeist\",\n      \"doorverwijzing\": \"/gemeenten/utrecht/\""), manifest)
    }

    func testWhatThePreviousSnapshotPublishedNeverBecomesABare404() throws {
        let site = try TestSite()
        let previous = site.root.appendingPathComponent("vorige")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("content/catalogus"), to: previous)
        // An older redirect the previous build kept, a page it had that is gone now, and an unsafe entry.
        try Data("""
        {"urls": [
          {"url": "/applicaties/klant-beeld-oud/", "soort": "applicatie", "id": "app-klant", "doorverwijzing": "/applicaties/klantbeeld/"},
          {"url": "/over/archief/", "soort": "pagina"},
          {"url": "/../../etc/", "soort": "pagina"}
        ]}
        """.utf8).write(to: previous.appendingPathComponent("urls.json"))
        try edit(site, "applicaties.json") {
            $0.replacingOccurrences(of: "\"naam\": \"KlantBeeld\"", with: "\"naam\": \"KlantBeeld Plus\"")
                .replacingOccurrences(of: "\"id\": \"app-open\", ", with: "\"id\": \"app-open\", \"status\": \"Gedepubliceerd\", ")
        }
        var options = site.options()
        options.previousDataDirectory = previous.path
        let (report, problems) = site.build(options)
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        XCTAssertTrue(try site.read("applicaties/klantbeeld/index.html").contains("url=/applicaties/klantbeeld-plus/"), "renamed: redirect")
        XCTAssertTrue(try site.read("applicaties/klant-beeld-oud/index.html").contains("url=/applicaties/klantbeeld-plus/"), "older redirect kept, to the new place")
        let removed = try site.read("applicaties/open-zaak/index.html")
        XCTAssertTrue(removed.contains("is uit de catalogus verwijderd") && removed.contains("<meta name=\"robots\" content=\"noindex"), removed)
        XCTAssertTrue(try site.read("over/archief/index.html").contains("is uit de catalogus verwijderd"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("etc").path), "no file outside the site")
        let manifest = try site.read("urls.json")
        XCTAssertTrue(manifest.contains("\"url\": \"/applicaties/open-zaak/\",\n      \"soort\": \"applicatie\",\n      \"id\": \"app-open\",\n      \"verwijderd\": true"), manifest)
        XCTAssertFalse(manifest.contains("etc"))
    }

    func testABrokenPreviousManifestIsAnErrorThatNamesTheFile() throws {
        let site = try TestSite()
        let previous = site.root.appendingPathComponent("vorige")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("content/catalogus"), to: previous)
        try Data("[1, 2".utf8).write(to: previous.appendingPathComponent("urls.json"))
        var options = site.options()
        options.previousDataDirectory = previous.path
        let (report, problems) = site.build(options)
        XCTAssertNil(report)
        XCTAssertEqual(problems, ["vorige/urls.json: fout: dit is geen urls.json van swc: zet hier het bestand urls.json van de vorige build neer, of haal het weg"])
    }
}

/// Issue 7: the nightly run must never publish a snapshot that lost much of its data by accident.
final class ShrinkageTests: XCTestCase {
    private func siteWithBiggerPrevious() throws -> (TestSite, URL) {
        let site = try TestSite()
        let previous = site.root.appendingPathComponent("vorige")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("content/catalogus"), to: previous)
        let file = previous.appendingPathComponent("applicaties.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let extra = "  { \"id\": \"app-extra\", \"naam\": \"Extra\", \"beschrijvingKort\": \"Was er vorige keer nog.\", \"aanbieder\": \"lev-acme\" },\n"
        try Data(text.replacingOccurrences(of: "[\n", with: "[\n" + extra).utf8).write(to: file)
        return (site, previous)
    }

    func testASnapshotThatShrankTooMuchIsRefusedAndThePreviousSiteStays() throws {
        let (site, previous) = try siteWithBiggerPrevious()
        _ = site.build()
        let before = try TestSite.snapshot(site.output)
        var options = site.options()
        options.previousDataDirectory = previous.path
        let (report, problems) = site.build(options)
        XCTAssertNil(report)
        XCTAssertEqual(problems, ["content/catalogus: fout: de momentopname is gekrompen: 5 applicaties tegen 6 in de vorige (83%, ondergrens 90%): controleer de gegevens, of publiceer toch met --force"])
        XCTAssertEqual(try TestSite.snapshot(site.output), before, "the site online stays as it was")
    }

    func testForceOrALowerBoundPublishesIt() throws {
        let (site, previous) = try siteWithBiggerPrevious()
        var options = site.options()
        options.previousDataDirectory = previous.path
        options.force = true
        XCTAssertNotNil(site.build(options).0)
        options.force = false
        options.minimumFraction = 0.8
        XCTAssertNotNil(site.build(options).0)
        XCTAssertTrue(try site.read("applicaties/extra/index.html").contains("is uit de catalogus verwijderd"))
    }
}

/// Issue 7's herindeling: the merged gemeenten are made Deactief with `opgegaanIn`, as the demo
/// has Brielle, Hellevoetsluis and Westvoorne; their published pages must lead to the successor.
final class HerindelingRedirectTests: XCTestCase {
    func testAPageOfADeactivatedMergedGemeenteRedirectsWithItsOldName() throws {
        let site = try TestSite()
        let previous = site.root.appendingPathComponent("vorige")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("content/catalogus"), to: previous)
        let url = site.root.appendingPathComponent("content/catalogus/organisaties.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try site.write("content/catalogus/organisaties.json", text.replacingOccurrences(
            of: "\"id\": \"gem-zeist\",", with: "\"id\": \"gem-zeist\", \"status\": \"Deactief\", \"opgegaanIn\": \"gem-utrecht\","))
        var options = site.options()
        options.previousDataDirectory = previous.path
        let (report, problems) = site.build(options)
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let page = try site.read("gemeenten/zeist/index.html")
        XCTAssertTrue(page.contains("Zeist is opgegaan in <a href=\"/gemeenten/utrecht/\">Utrecht</a>"), page)
        let plain = try TestSite().build()
        XCTAssertNotNil(plain.0)
    }

    func testWithoutAPreviousSnapshotADeactivatedGemeenteStaysUnpublished() throws {
        let site = try TestSite()
        let url = site.root.appendingPathComponent("content/catalogus/organisaties.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try site.write("content/catalogus/organisaties.json", text.replacingOccurrences(
            of: "\"id\": \"gem-zeist\",", with: "\"id\": \"gem-zeist\", \"status\": \"Deactief\", \"opgegaanIn\": \"gem-utrecht\","))
        XCTAssertNotNil(site.build().0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("gemeenten/zeist").path),
                       "contract: Deactief is never shown; only an address that was published keeps living")
    }
}
