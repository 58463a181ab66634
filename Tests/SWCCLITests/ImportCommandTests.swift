import Builder
import Foundation
import SWCCLI
import XCTest

/// `swc import`: parsing, exit codes, and the old export imported and built into a site.
final class ImportCommandTests: XCTestCase {
    private static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let fixtures = project.appendingPathComponent("Tests/ImporterFixtures")

    func testDefaultsAndOptions() {
        XCTAssertEqual(try request(["import", "swc-csv", "oud.csv"]), ImportRequest(kind: .swcCSV, file: "oud.csv"))
        var expected = ImportRequest(kind: .gemma, file: "GEMMA release.xml")
        expected.dataDirectory = "data"
        expected.write = true
        XCTAssertEqual(try request(["import", "gemma", "--write", "GEMMA release.xml", "--data", "data"]), expected)
        XCTAssertEqual(try request(["import", "gemma", "g.xml", "--data=data", "--write"]).dataDirectory, "data")
    }

    func testWrongUsageIsExplained() {
        let cases: [([String], String)] = [
            (["import"], "'swc import' heeft een soort nodig: 'swc-csv' of 'gemma'"),
            (["import", "excel", "a.xlsx"], "onbekende soort import 'excel'"),
            (["import", "swc-csv"], "'swc import swc-csv' heeft een bestand nodig"),
            (["import", "gemma", "a.xml", "b.xml"], "'b.xml' is er één te veel"),
            (["import", "gemma", "a.xml", "--data"], "de optie '--data' heeft een map nodig"),
            (["import", "swc-csv", "a.csv", "--schrijf"], "onbekende optie '--schrijf' voor 'swc import'"),
        ]
        for (arguments, expected) in cases {
            guard case .failure(let error) = CommandLineParser.parse(arguments) else {
                XCTFail("\(arguments) must be refused")
                continue
            }
            XCTAssertTrue(error.message.contains(expected), "\(arguments): \(error.message)")
        }
    }

    func testHelp() {
        let output = Captured()
        let runner = Runner(standardOutput: { output.add(out: $0) }, standardError: { output.add(err: $0) })
        XCTAssertEqual(runner.run(["help", "import"]), 0)
        XCTAssertEqual(runner.run(["import", "gemma", "--help"]), 0)
        XCTAssertTrue(output.out.hasPrefix("gebruik: swc import swc-csv BESTAND [--data MAP] [--write]"))
        XCTAssertEqual(runner.run(["--help"]), 0)
        XCTAssertTrue(output.out.contains("  import   neem de oude softwarecatalogus-export"))
    }

    /// Done when: the hand-made old export is imported into an empty data folder and the site
    /// builds from it with the project's own content and templates.
    func testImportedExportBuildsASite() throws {
        let root = try temporaryFolder()
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("gemma-klein.xml"), to: data.appendingPathComponent("gemma.xml"))
        let output = Captured()
        let runner = Runner(standardOutput: { output.add(out: $0) }, standardError: { output.add(err: $0) })
        let export = Self.fixtures.appendingPathComponent("valid/export.csv").path

        XCTAssertEqual(runner.run(["import", "swc-csv", export, "--data", data.path]), 0, output.err)
        XCTAssertTrue(output.err.contains("swc: proefdraai, niets geschreven"), output.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.appendingPathComponent("applicaties.json").path))
        XCTAssertEqual(runner.run(["import", "swc-csv", export, "--data", data.path, "--write"]), 0, output.err)
        XCTAssertTrue(output.out.contains("toegevoegd: 2 leveranciers, 3 applicaties, 5 versies\n"), output.out)
        XCTAssertTrue(output.err.contains("swc: geschreven: \(data.path)/organisaties.json, \(data.path)/applicaties.json, \(data.path)/applicatieversies.json; 0 fouten, 1 waarschuwing"), output.err)

        let site = root.appendingPathComponent("site")
        let options = BuildOptions(
            dataDirectory: data.path, contentDirectory: Self.project.appendingPathComponent("content").path,
            templatesDirectory: Self.project.appendingPathComponent("Templates").path, outputDirectory: site.path)
        let (report, problems) = Build(options: options).build()
        XCTAssertNotNil(report, problems.description)
        XCTAssertEqual(problems.errors.map(\.description), [])
        let page = try String(contentsOf: site.appendingPathComponent("applicaties/zaaksysteem-plus/index.html"), encoding: .utf8)
        for text in ["Zaaksysteem Plus", "Zaakgericht werken voor gemeenten, van intake tot archief.", "Dimpact; Software &amp; Diensten", "Zaakregistratiecomponent", "3.1"] {
            XCTAssertTrue(page.contains(text), "the applicatie page shows \(text)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("applicaties/belastingen-compleet/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("leveranciers/open-gemeenten/index.html").path))
    }

    func testBadInputExitsWithOneAndWritesNothing() throws {
        let data = try temporaryFolder()
        let output = Captured()
        let runner = Runner(standardOutput: { output.add(out: $0) }, standardError: { output.add(err: $0) })
        let export = Self.fixtures.appendingPathComponent("invalid/csv-latin1/export.csv").path
        XCTAssertEqual(runner.run(["import", "swc-csv", export, "--data", data.path, "--write"]), 1)
        XCTAssertEqual(output.out, "")
        XCTAssertTrue(output.err.hasPrefix("\(export):3:28: fout: het bestand is geen UTF-8"), output.err)
        XCTAssertTrue(output.err.hasSuffix("swc: niets geschreven; 1 fout, 0 waarschuwingen\n"), output.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path), [])
        XCTAssertEqual(runner.run(["import", "gemma", "bestaat-niet.xml", "--data", data.path]), 1)
        XCTAssertTrue(output.err.contains("bestaat-niet.xml: fout: het bestand bestaat niet of kan niet gelezen worden"), output.err)
    }

    // MARK: Helpers

    private func request(_ arguments: [String]) throws -> ImportRequest {
        guard case .success(.import(let request)) = CommandLineParser.parse(arguments) else { throw XCTSkip("\(arguments) did not parse") }
        return request
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swc-import-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
