import Builder
import Site
import Foundation
import XCTest

/// The project's own `content/` and `Templates/` build without a single problem, for both audiences:
/// an editor's mistake is caught by `swift test`, not by the nightly run.
final class ProjectContentTests: XCTestCase {
    func testProjectContentBuildsCleanly() throws {
        let project = TestSite.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("swc-project-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        for audience in Site.Audience.allCases {
            let options = BuildOptions(
                dataDirectory: project.appendingPathComponent("content/catalogus").path,
                contentDirectory: project.appendingPathComponent("content").path,
                templatesDirectory: project.appendingPathComponent("Templates").path,
                outputDirectory: output.appendingPathComponent(audience.rawValue).path,
                audience: audience, baseURL: "https://www.softwarecatalogus.nl")
            let (report, problems) = Build(options: options).build()
            XCTAssertNotNil(report, "\(audience): \(problems)")
            // The real GEMMA model has three known oddities (see content/catalogus/BRON.md); nothing else may warn.
            let unexpected = problems.items.filter { !$0.location.file.hasSuffix("content/catalogus/gemma.xml") }
            XCTAssertEqual(unexpected, [], "\(audience): no warnings about our own content and data")
            for page in ["index.html", "over/toegang/index.html", "privacy/index.html", "toegankelijkheid/index.html", "404.html"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(audience.rawValue)/\(page)").path), page)
            }
        }
    }
}
