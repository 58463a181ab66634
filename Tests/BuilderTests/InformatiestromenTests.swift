import Builder
import Foundation
import FoundationXML
import Site
import Tabular
import XCTest

/// Informatiestromen and the register van verwerkingen (issue 6): pages on the gemeenten site
/// only, and nothing of them, not even a link or a file name, on the public site.
final class InformatiestromenTests: XCTestCase {
    /// Texts only these features write; the fixture's verwerking "Behandelen bezwaarschriften"
    /// appears nowhere else.
    private let markers = [
        "informatiestromen/", "Informatiestromen", "verwerkingen/", "Register van verwerkingen", "-verwerkingen.csv",
        "Behandelen bezwaarschriften", "AVG art. 6 lid 1e", "stromen-pijl",
    ]

    private func built(_ audience: Site.Audience, downloads: Bool = true) throws -> TestSite {
        let site = try TestSite()
        var options = site.options(audience: audience)
        options.settings.downloads = downloads
        let (report, problems) = site.build(options)
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        return site
    }

    func testPublicSiteHasNoPageLinkOrFileOfEither() throws {
        let site = try built(.publiek)
        let files = try TestSite.snapshot(site.output)
        for (path, data) in files {
            let text = path + "\n" + String(decoding: data, as: UTF8.self)
            for marker in markers { XCTAssertFalse(text.contains(marker), "\(path) holds '\(marker)'") }
        }
    }

    func testGemeenteDrawsItsKoppelingenWithTheVoorzieningApart() throws {
        let site = try built(.gemeenten)
        let page = try site.read("gemeenten/utrecht/informatiestromen/index.html")
        XCTAssertTrue(page.contains("<h1>Informatiestromen van Utrecht</h1>"))
        XCTAssertTrue(page.contains("<li><a href=\"/gemeenten/utrecht/\">Utrecht</a></li>"), "the breadcrumb passes the gemeente")
        let svg = try XCTUnwrap(page.range(of: "<svg").flatMap { start in page.range(of: "</svg>").map { String(page[start.lowerBound..<$0.upperBound]) } })
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "the drawing is well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertTrue(svg.contains("<title id=\"t\">Informatiestromen van Utrecht</title>"))
        XCTAssertTrue(svg.contains(">Landelijke voorzieningen</text>"))
        XCTAssertTrue(svg.contains("<title>Zaakstatus naar klantbeeld: Zaaksysteem Één → KlantBeeld (api; geen standaard opgegeven; in gebruik)</title>"), svg)
        XCTAssertTrue(svg.contains("(landelijke voorziening)</title>"))
        XCTAssertEqual(svg.components(separatedBy: "marker-start=").count - 1, 1, "the bi-directional koppeling to the voorziening")
        XCTAssertTrue(svg.contains("<a href=\"/applicaties/zaaksysteem-een/\">"), svg)
        XCTAssertTrue(page.contains("<td>Zaakstatus naar klantbeeld</td>"), "the same koppelingen as a table")
        XCTAssertFalse(page.contains("style="))
    }

    func testGemeenteWithoutKoppelingenSaysSoAndSamenwerkingWithoutThemHasNoPage() throws {
        let site = try built(.gemeenten)
        let zeist = try site.read("gemeenten/zeist/informatiestromen/index.html")
        XCTAssertTrue(zeist.contains("Er zijn nog geen koppelingen geregistreerd."))
        XCTAssertFalse(zeist.contains("<svg"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("samenwerkingen/regio-ict-samen/informatiestromen").path))
        XCTAssertFalse(try site.read("samenwerkingen/regio-ict-samen/index.html").contains("informatiestromen/"))
    }

    func testRegisterVanVerwerkingenAsPageAndCSV() throws {
        let site = try built(.gemeenten)
        let page = try site.read("gemeenten/utrecht/verwerkingen/index.html")
        XCTAssertTrue(page.contains("<th scope=\"col\">Grondslag</th>"))
        XCTAssertTrue(page.contains("<td>Behandelen bezwaarschriften</td><td>Afhandelen van bezwaar</td><td>AVG art. 6 lid 1e</td>"), page)
        XCTAssertTrue(page.contains("href=\"/gemeenten/utrecht/verwerkingen/utrecht-verwerkingen.csv\" download"))
        let bytes = [UInt8](try Data(contentsOf: site.output.appendingPathComponent("gemeenten/utrecht/verwerkingen/utrecht-verwerkingen.csv")))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let (document, problems) = CSVReader.read(Array(bytes.dropFirst(3)))
        XCTAssertEqual(problems, [])
        let csv = try XCTUnwrap(document)
        XCTAssertEqual(csv.header.cells.map(\.text), ["applicatie", "_applicatieId", "_gebruikId", "naam", "doel", "grondslag",
                                                      "categorieenPersoonsgegevens", "categorieenBetrokkenen", "bewaartermijn"])
        XCTAssertEqual(csv.records.map { $0.cells.map(\.text) }, [["Zaaksysteem Één", "app-zaak", "geb-utrecht-zaak", "Behandelen bezwaarschriften",
                                                                  "Afhandelen van bezwaar", "AVG art. 6 lid 1e", "", "", ""]])
        let zeist = try site.read("gemeenten/zeist/verwerkingen/index.html")
        XCTAssertTrue(zeist.contains("Er zijn nog geen verwerkingen geregistreerd."))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("gemeenten/zeist/verwerkingen/zeist-verwerkingen.csv").path))
        XCTAssertTrue(try site.read("downloads/index.html").contains("id=\"bestand-verwerkingen\""), "its columns are documented")
    }

    func testOrganisationPageLinksBoth() throws {
        let site = try built(.gemeenten)
        let utrecht = try site.read("gemeenten/utrecht/index.html")
        XCTAssertTrue(utrecht.contains("<a href=\"/gemeenten/utrecht/informatiestromen/\">"))
        XCTAssertTrue(utrecht.contains("<a href=\"/gemeenten/utrecht/verwerkingen/\">"))
    }

    func testWithoutDownloadsNoCSVAndNoLink() throws {
        let site = try built(.gemeenten, downloads: false)
        XCTAssertFalse(try site.read("gemeenten/utrecht/verwerkingen/index.html").contains(".csv"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("gemeenten/utrecht/verwerkingen/utrecht-verwerkingen.csv").path))
    }
}
