@testable import Beheer
import Diagnostics
import Foundation
import XCTest

/// Reports name concepts and contact persons: they are never written into a site, a content tree or
/// the data folder, and never over a folder swc did not make.
final class ReportOutputTests: XCTestCase {
    private func folder() throws -> ReportFolder {
        try ReviewReport.make(files: SmallCatalogue.files(), folder: "data").get()
    }

    func testRefusesSiteContentDataAndForeignFolders() throws {
        let root = try TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let make = { (path: String, marker: String?) throws -> String in
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            if let marker { try Data().write(to: url.appendingPathComponent(marker)) }
            return url.path
        }
        let site = try make("site", ".swc-site"), content = try make("content", "_site.md"), data = try make("content/catalogus", nil)
        let foreign = try make("andere", "notities.txt")
        let cases: [(String, String)] = [
            (site, "ligt in de site"), (site + "/rapporten", "ligt in de site"),
            (content, "ligt in de inhoudsmap"), (data, "ligt in de gegevensmap"), (data + "/rapporten", "ligt in de gegevensmap"),
            (foreign, "is niet door 'swc report' gemaakt"),
        ]
        for (output, expected) in cases {
            let problems = try folder().write(to: output, data: data)
            XCTAssertEqual(problems?.items.first?.location.file, output)
            XCTAssertTrue(problems?.items.first?.message.contains(expected) ?? false, "\(output): \(problems?.description ?? "geschreven")")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site + "/rapporten"))
    }

    func testWritesAgainIntoItsOwnFolderAndRemovesStaleReports() throws {
        let root = try TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("rapporten").path
        XCTAssertNil(try folder().write(to: output, data: root.appendingPathComponent("data").path))
        try Data("oud".utf8).write(to: URL(fileURLWithPath: output + "/vervallen.csv"))
        XCTAssertNil(try folder().write(to: output, data: root.appendingPathComponent("data").path))
        let entries = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        XCTAssertEqual(entries.count, 14)
        XCTAssertTrue(entries.contains(".swc-rapport"))
        XCTAssertFalse(entries.contains("vervallen.csv"))
        XCTAssertFalse(entries.contains { $0.contains(".swc-") && $0 != ".swc-rapport" }, "geen tijdelijke bestanden")
    }
}
