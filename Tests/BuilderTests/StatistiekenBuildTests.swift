import Builder
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Site
import XCTest

/// `/statistieken/` in whole builds of the fixture: national totals on both sites, the
/// per-gemeente pages only on the gemeenten site, and nothing per organisation on the public one.
final class StatistiekenBuildTests: XCTestCase {
    private func built(_ audience: Site.Audience) throws -> (TestSite, [String: Data]) {
        let site = try TestSite()
        let (report, problems) = site.build(site.options(audience: audience))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        return (site, try TestSite.snapshot(site.output))
    }

    func testPublicStatisticsAreNationalTotalsOnly() throws {
        let (site, files) = try built(.publiek)
        let page = try site.read("statistieken/index.html")
        // Utrecht, Zeist and Regio ICT Samen have lines in use: 3 organisations; Acme serves Utrecht and Zeist.
        XCTAssertTrue(page.contains("3 gemeenten en samenwerkingen hebben hun landschap in de catalogus, met samen 4 regels in gebruik"), page)
        XCTAssertTrue(page.contains("<a href=\"/leveranciers/acme-software-b-v/\">Acme Software B.V.</a></th><td>2</td><td>67%</td>"), page)
        XCTAssertTrue(page.contains("<a href=\"/applicaties/zaaksysteem-een/\">Zaaksysteem Één</a></th><td>1</td><td>100%</td>"), "Utrecht's line is the only one naming the component")
        let tabel = try site.read("statistieken/referentiecomponenten/index.html")
        XCTAssertTrue(tabel.contains("<a href=\"/referentiecomponenten/zaakregistratiecomponent/\">Zaakregistratiecomponent</a></th><td>2</td><td>1</td>"), tabel)
        // Contract: no organisation that uses something is named, nor any landscape marker.
        for text in [page, tabel] {
            for hidden in ["Utrecht", "Zeist", "Regio ICT Samen", "/gemeenten/", "/samenwerkingen/", "Per provincie", "Zaakstatus naar klantbeeld", "Gebruik status"] {
                XCTAssertFalse(text.contains(hidden), "the public statistics contain '\(hidden)'")
            }
        }
        XCTAssertFalse(files.keys.contains { $0.hasPrefix("gemeenten/") && $0.contains("/statistieken") }, "no page per gemeente on the public site")
        XCTAssertFalse(try site.read("gemeenten/utrecht/index.html").contains("statistieken/"))
        XCTAssertFalse(String(decoding: files["urls.json"] ?? Data(), as: UTF8.self).contains("/gemeenten/utrecht/statistieken/"))
    }

    func testGemeentenSiteAddsProvinciesSizeClassesAndEachGemeentesPosition() throws {
        let (site, files) = try built(.gemeenten)
        let page = try site.read("statistieken/index.html")
        XCTAssertTrue(page.contains("id=\"per-provincie\"") && page.contains("100.000 inwoners of meer"), page)
        let own = try site.read("gemeenten/utrecht/statistieken/index.html")
        XCTAssertTrue(own.contains("<h1>Statistieken van Utrecht</h1>"), own)
        XCTAssertTrue(own.contains("<p>1 van de 1 keuzes van Utrecht zijn de meest gebruikte applicatie voor hun referentiecomponent.</p>"), own)
        XCTAssertTrue(own.contains("<text class=\"waarde\" x=\"516\" y=\"36\">1 (100%)</text>"), "the chart counts the one choice: \(own)")
        XCTAssertTrue(try site.read("gemeenten/utrecht/index.html").contains("<a href=\"/gemeenten/utrecht/statistieken/\">"), "linked under Meer inzicht")
        XCTAssertTrue(files.keys.contains("gemeenten/zeist/statistieken/index.html"))
        XCTAssertFalse(files.keys.contains("samenwerkingen/regio-ict-samen/statistieken/index.html"), "gemeenten only")
    }

    /// Every drawing on the statistics pages is well-formed XML with a title, on both sites.
    func testEveryChartIsWellFormedWithATitle() throws {
        for audience in Site.Audience.allCases {
            let (_, files) = try built(audience)
            let pages = files.filter { $0.key.hasSuffix(".html") && $0.key.contains("statistieken/") }
            XCTAssertFalse(pages.isEmpty)
            var drawings = 0
            for (path, data) in pages {
                var rest = String(decoding: data, as: UTF8.self)[...]
                while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
                    let svg = String(rest[start.lowerBound..<end.upperBound])
                    let parser = XMLParser(data: Data(svg.utf8))
                    XCTAssertTrue(parser.parse(), "\(path): \(String(describing: parser.parserError))")
                    XCTAssertTrue(svg.range(of: "^<svg [^>]*><title id=\"[a-z0-9-]+-titel\">[^<]+</title>", options: .regularExpression) != nil, "\(path): \(svg.prefix(300))")
                    drawings += 1
                    rest = rest[end.upperBound...]
                }
            }
            XCTAssertGreaterThan(drawings, 8, "\(audience)")
        }
    }
}
