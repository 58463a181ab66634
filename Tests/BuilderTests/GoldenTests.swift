import Foundation
import XCTest

/// Whole pages compared with recorded copies in `Golden/`. After a deliberate change to a template
/// or the layout, re-record with `SWC_RECORD=1 swift test --filter GoldenTests` and review the diff.
final class GoldenTests: XCTestCase {
    static let goldenFolder = TestSite.testsFolder.appendingPathComponent("Golden")

    func testPagesMatchTheirGoldenCopies() throws {
        let site = try TestSite()
        let (report, problems) = site.build(site.options(baseURL: "https://www.softwarecatalogus.nl"))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let record = ProcessInfo.processInfo.environment["SWC_RECORD"] == "1"
        for page in [
            "index.html", "over/index.html", "over/toegang/index.html", "404.html", "robots.txt", "sitemap.xml",
            "applicaties/index.html", "applicaties/zaaksysteem-een/index.html", "gemeenten/utrecht/index.html",
            "referentiecomponenten/zaakregistratiecomponent/index.html", "downloads/index.html", "downloads/applicaties.csv",
        ] {
            let actual = try site.read(page)
            let golden = Self.goldenFolder.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
            if record {
                try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: golden)
                continue
            }
            guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
                XCTFail("no golden copy of \(page): record it with SWC_RECORD=1 swift test --filter GoldenTests")
                continue
            }
            XCTAssertEqual(actual, expected, "\(page) differs from \(golden.lastPathComponent); re-record with SWC_RECORD=1 if the change is intended")
        }
    }
}
