import Foundation
import SWCCLI
import XCTest

/// `swc build --report FILE`: the build report of the nightly run, also when the build fails.
final class ReportTests: XCTestCase {
    private let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func run(_ arguments: [String]) -> Int32 {
        Runner(standardOutput: { _ in }, standardError: { _ in }).run(arguments)
    }

    func testTheReportCountsEveryKindAndTimesEveryStage() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("swc-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let fixture = project.appendingPathComponent("Tests/BuilderTests/Fixtures/valid/content")
        let report = work.appendingPathComponent("rapport.json")
        let code = run(["build", "--quiet", "--content", fixture.path, "--data", fixture.appendingPathComponent("catalogus").path,
                        "--templates", project.appendingPathComponent("Templates").path, "--output", work.appendingPathComponent("site").path,
                        "--report", report.path])
        XCTAssertEqual(code, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        XCTAssertEqual(json["gelukt"] as? Bool, true)
        XCTAssertEqual((json["gegevens"] as? [String: Int])?["applicaties"], 5)
        XCTAssertEqual((json["gegevens"] as? [String: Int])?["gemeenten"], 3)
        XCTAssertEqual(Set((json["stappen"] as? [String: Double] ?? [:]).keys), ["lezen", "publiek", "plannen", "schrijven"], "rendering happens while writing")
        XCTAssertGreaterThan(json["bytes"] as? Int ?? 0, 10_000)
        XCTAssertNotNil(json["waarschuwingen"] as? [String])
        XCTAssertEqual(json["fouten"] as? [String], [])
    }

    func testAFailedBuildStillWritesItsReport() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("swc-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let report = work.appendingPathComponent("rapport.json")
        XCTAssertEqual(run(["build", "--quiet", "--content", work.appendingPathComponent("bestaat-niet").path, "--report", report.path]), 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        XCTAssertEqual(json["gelukt"] as? Bool, false)
        XCTAssertFalse((json["fouten"] as? [String] ?? []).isEmpty)
    }
}
