import Builder
import Foundation
import Search
import XCTest

/// `/zoeken/` in whole builds of the valid fixture: the index the same build writes, its facet
/// pages, and the page that works with and without JavaScript.
final class SearchBuildTests: XCTestCase {
    /// The index files of a build, by their path inside `zoeken/data/`.
    private func indexFiles(_ site: TestSite) throws -> [String: [UInt8]] {
        let all = try TestSite.snapshot(site.output)
        return Dictionary(uniqueKeysWithValues: all.filter { $0.key.hasPrefix("zoeken/data/") }.map { (String($0.key.dropFirst("zoeken/data/".count)), [UInt8]($0.value)) })
    }

    func testTheBuildWritesTheIndexAndItFindsWhatThePagesShow() throws {
        let site = try TestSite()
        let (report, problems) = site.build()
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let files = try indexFiles(site)
        XCTAssertNotNil(files["manifest.json"])
        XCTAssertNotNil(files["terms/za.json"], "the term file of 'zaaksysteem'")
        XCTAssertTrue(files.keys.contains { $0.hasPrefix("records/") } && files.keys.contains("facets/leverancier.json"))
        let engine = try XCTUnwrap(SearchEngine(files: files))
        let result = engine.search("zaaksysteem een")
        XCTAssertEqual(result.files, ["terms/za.json", "terms/ee.json", "facets/leverancier.json", "facets/referentiecomponent.json",
                                      "facets/standaard.json", "facets/cloudmodel.json", "facets/hostinglocatie.json", "facets/licentietype.json"])
        let first = try XCTUnwrap(result.hits.first)
        XCTAssertEqual(first.tier, .exactName)
        let shown = try XCTUnwrap(engine.display(first.record))
        XCTAssertEqual(shown.naam, "Zaaksysteem Één")
        XCTAssertEqual(shown.url, "/applicaties/zaaksysteem-een/")
        XCTAssertEqual(shown.toelichting, "Acme Software B.V.")
        XCTAssertEqual(engine.kind(of: first.record), "applicatie")
        XCTAssertEqual(result.counts["leverancier"], ["acme-software-b-v": 1])
    }

    func testEveryKindIsFoundAndEveryResultLinksToAPage() throws {
        let site = try TestSite()
        _ = site.build()
        let engine = try XCTUnwrap(SearchEngine(files: try indexFiles(site)))
        for (query, kind, url) in [
            ("acme software", "leverancier", "/leveranciers/acme-software-b-v/"),
            ("utrecht", "organisatie", "/gemeenten/utrecht/"),
            ("regio ict", "organisatie", "/samenwerkingen/regio-ict-samen/"),
            ("acme hosting", "dienst", "/leveranciers/acme-software-b-v/"),
            ("zaakregistratiecomponent", "referentiecomponent", "/referentiecomponenten/zaakregistratiecomponent/"),
            ("zgw api", "standaard", "/zoeken/standaard/zgw-api-s/"),
            ("toegang verkrijgen", "pagina", "/over/toegang/"),
        ] {
            let hit = try XCTUnwrap(engine.search(query).hits.first, query)
            XCTAssertEqual(engine.kind(of: hit.record), kind, query)
            XCTAssertEqual(engine.display(hit.record)?.url, url, query)
        }
        for number in 0..<engine.recordCount {
            let url = try XCTUnwrap(engine.display(number)?.url)
            guard url.hasPrefix("/") else {
                XCTAssertTrue(url.hasPrefix("https://"), url)
                continue
            }
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(PlannedFileTestPath.of(url)).path), "\(url) is a page")
        }
    }

    func testFacetPagesListTheirItemsAsPlainLinks() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("zoeken/index.html")
        XCTAssertTrue(page.contains("<a href=\"/zoeken/standaard/zgw-api-s/\">ZGW API&#39;s</a> <span class=\"aantal\">(1)</span>"))
        XCTAssertTrue(page.contains("<a href=\"/applicaties/\">Applicaties</a>"), "the A–Z overviews")
        XCTAssertTrue(page.contains("<form class=\"zoekvak\" id=\"zoekvak\" role=\"search\" action=\"/zoeken/\" method=\"get\" data-index=\"/zoeken/data/\""))
        XCTAssertEqual(BuildTests.scripts(in: page), ["<script src=\"/assets/tabellen.js\" defer></script>", "<script src=\"/assets/zoeken.js\" defer></script>",
                                                      "<script src=\"/assets/vergelijken.js\" defer></script>"],
                       "only the site's own deferred scripts (CSP default-src 'self'); vergelijken.js adds 'Vergelijk' to applicatie results")
        XCTAssertFalse(page.contains("style="))
        let standaard = try site.read("zoeken/standaard/zgw-api-s/index.html")
        XCTAssertTrue(standaard.contains("<title>Standaard: ZGW API&#39;s · Testcatalogus</title>"))
        XCTAssertTrue(standaard.contains("<li><a href=\"/applicaties/zaaksysteem-een/\">Zaaksysteem Één</a></li>"))
        XCTAssertTrue(standaard.contains("<a href=\"/zoeken/?standaard=zgw-api-s\">"), "the same choice in the interactive search")
        let gemeenten = try site.read("zoeken/organisatietype/gemeente/index.html")
        XCTAssertTrue(gemeenten.contains(">Utrecht</a>") && gemeenten.contains(">Zeist</a>"))
    }

    func testWithoutASearchPageThereIsNoIndex() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("zoeken"))
        let (report, problems) = site.build()
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("zoeken").path))
    }

    func testAMissingFacetTemplateIsAnErrorThatNamesTheFile() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.templates.appendingPathComponent("zoekfacet.mustache"))
        let (report, problems) = site.build()
        XCTAssertNil(report)
        XCTAssertTrue(problems.contains { $0.hasPrefix("Templates/zoekfacet.mustache: fout: het sjabloon voor deze soort pagina ontbreekt") }, "\(problems)")
    }

    func testTheIndexIsTheSameOnEveryBuild() throws {
        let site = try TestSite()
        _ = site.build()
        let first = try indexFiles(site)
        _ = site.build(site.options(output: site.root.appendingPathComponent("again")))
        let again = try TestSite.snapshot(site.root.appendingPathComponent("again")).filter { $0.key.hasPrefix("zoeken/data/") }
        XCTAssertEqual(first.count, again.count)
        for (path, bytes) in first { XCTAssertEqual(again["zoeken/data/" + path].map { [UInt8]($0) }, bytes, path) }
    }

    func testTheScriptStaysSmallAndHasNoTextOfItsOwn() throws {
        let script = try String(contentsOf: TestSite.projectTemplates.appendingPathComponent("assets/zoeken.js"), encoding: .utf8)
        XCTAssertLessThan(script.utf8.count, 24_000, "CSS and JavaScript of the site stay under 50 KB together")
        XCTAssertTrue(script.contains("history.replaceState") && script.contains("textContent"))
        XCTAssertFalse(script.contains("innerHTML"), "names go into the page as text, never as HTML")
        XCTAssertFalse(script.contains("eval(") || script.contains("new Function"), "nothing a strict CSP refuses")
    }
}

/// `/over/` → `over/index.html`, as the build writes it.
enum PlannedFileTestPath {
    static func of(_ url: String) -> String {
        let trimmed = url.drop { $0 == "/" }
        return trimmed.isEmpty ? "index.html" : trimmed.hasSuffix("/") ? trimmed + "index.html" : String(trimmed)
    }
}
