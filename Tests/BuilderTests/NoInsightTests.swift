import Foundation
import Site
import XCTest

/// `--no-insight`: the catalogue pages without the pages of issue 6 and without links to them, a
/// site whose links all still resolve (the insight section pages become plain editor pages).
final class NoInsightTests: XCTestCase {
    private func built(insight: Bool) throws -> TestSite {
        let site = try TestSite()
        var options = site.options(audience: .gemeenten)
        options.settings.insight = insight
        let (report, problems) = site.build(options)
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        return site
    }

    func testNoInsightPageNoFeedAndNoLinkToThem() throws {
        let site = try built(insight: false)
        let files = try TestSite.snapshot(site.output)
        let insightPaths = ["/buren/", "/advies/", "/informatiestromen/", "/verwerkingen/", "/statistieken/", "/gemma/", "wijzigingen", ".json"]
        for path in files.keys where path.hasPrefix("gemeenten/") || path.hasPrefix("applicaties/") || path.hasPrefix("vergelijken/") {
            for marker in insightPaths where marker != ".json" || path.hasPrefix("vergelijken/") {
                XCTAssertFalse(("/" + path).contains(marker), "\(path) is an insight file")
            }
        }
        let utrecht = try site.read("gemeenten/utrecht/index.html")
        for link in ["/gemeenten/utrecht/buren/", "/gemeenten/utrecht/advies/", "/gemeenten/utrecht/informatiestromen/", "wijzigingen.xml"] {
            XCTAssertFalse(utrecht.contains(link), "the gemeente page links \(link)")
        }
        // The editor's own pages of the insight sections stay, as plain pages, so the menu still resolves.
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("vergelijken/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("statistieken/index.html").path))
    }

    func testTheDownloadsAreTheSameWithoutInsight() throws {
        let with = try built(insight: true), without = try built(insight: false)
        let withFiles = try TestSite.snapshot(with.output), withoutFiles = try TestSite.snapshot(without.output)
        XCTAssertLessThan(withoutFiles.count, withFiles.count)
        for path in withoutFiles.keys where path.hasSuffix(".csv") || path.hasSuffix("-archimate.xml") {
            XCTAssertEqual(withoutFiles[path], withFiles[path], "\(path): the downloads do not depend on insight")
        }
    }
}
