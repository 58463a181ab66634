import Foundation
import SWCCLI
import XCTest

/// `swc merge` and `swc report` from the command line (issue 7, items 1, 2 and 4).
final class BeheerCommandTests: XCTestCase {
    private static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testMergeParsesInAnyOrder() throws {
        guard case .success(.merge(let request)) = CommandLineParser.parse(["merge", "organisaties", "--into", "org-0342", "org-0354", "--data=d", "org-0355", "--write"]) else {
            return XCTFail("merge must parse")
        }
        XCTAssertEqual(request.kind, .organisaties)
        XCTAssertEqual(request.into, "org-0342")
        XCTAssertEqual(request.merged, ["org-0354", "org-0355"])
        XCTAssertEqual(request.dataDirectory, "d")
        XCTAssertTrue(request.write)
        guard case .success(.merge(let plain)) = CommandLineParser.parse(["merge", "applicaties", "--into=app-1", "app-2"]) else {
            return XCTFail("merge applicaties must parse")
        }
        XCTAssertEqual([plain.into] + plain.merged, ["app-1", "app-2"])
        XCTAssertEqual(plain.dataDirectory, "content/catalogus")
        XCTAssertFalse(plain.write, "zonder --write een proefdraai")
    }

    func testReportParses() throws {
        guard case .success(.report(let request)) = CommandLineParser.parse(["report", "--output", "rapporten", "--data", "d"]) else {
            return XCTFail("report must parse")
        }
        XCTAssertEqual([request.output, request.dataDirectory], ["rapporten", "d"])
    }

    func testWrongUsageIsExplained() {
        let cases: [([String], String)] = [
            (["merge"], "'swc merge' heeft een soort nodig"),
            (["merge", "gemeenten", "--into", "a", "b"], "onbekende soort 'gemeenten'"),
            (["merge", "organisaties", "a", "b"], "heeft --into ID nodig"),
            (["merge", "organisaties", "--into", "a"], "de ids nodig die erin opgaan"),
            (["merge", "organisaties", "--into", "a", "--into", "b", "c"], "'--into' staat er twee keer"),
            (["merge", "organisaties", "--into"], "de optie '--into' heeft een waarde nodig"),
            (["merge", "applicaties", "--into", "a", "b", "--snel"], "onbekende optie '--snel'"),
            (["report"], "heeft --output MAP nodig"),
            (["report", "--output"], "de optie '--output' heeft een map nodig"),
            (["report", "--output", "r", "--audience", "publiek"], "onbekende optie '--audience'"),
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
        XCTAssertEqual(runner.run(["help", "merge"]), 0)
        XCTAssertEqual(runner.run(["report", "--help"]), 0)
        XCTAssertEqual(runner.run(["--help"]), 0)
        XCTAssertTrue(output.out.contains("gebruik: swc merge organisaties --into ID ID... [--data MAP] [--write]"))
        XCTAssertTrue(output.out.contains("gebruik: swc report [--data MAP] --output MAP"))
        XCTAssertTrue(output.out.contains("  merge    voeg organisaties"))
        XCTAssertEqual(runner.run(["merge", "organisaties"]), 2)
    }

    /// Voorne aan Zee on a copy of the demo data, first as the demo has it (already merged), then as it
    /// was before 2023: Brielle, Hellevoetsluis and Westvoorne active, each with part of the landscape.
    func testVoorneAanZeeMergeThenCheckAndBuild() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("swc-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("catalogus")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.project.appendingPathComponent("content/catalogus"), to: data)
        let output = Captured()
        let runner = Runner(standardOutput: { output.add(out: $0) }, standardError: { output.add(err: $0) })
        let merge = ["merge", "organisaties", "--into", "org-0342", "org-0354", "org-0355", "org-0356", "--data", data.path]

        XCTAssertEqual(runner.run(merge), 0, output.err)
        XCTAssertTrue(output.out.contains("Niets te wijzigen: alles is al samengevoegd."), output.out)

        try edit(data.appendingPathComponent("organisaties.json")) { text in
            text = text.replacingOccurrences(of: "\"status\": \"Deactief\",\n    \"beschrijvingKort\": \"Opgeheven op 2023-01-01; opgegaan in Voorne aan Zee.\",", with: "\"status\": \"Actief\",")
            text = text.replacingOccurrences(of: ",\n    \"opgegaanIn\": \"org-0342\"", with: "")
        }
        let owners = ["geb-003017": "org-0354", "geb-003022": "org-0354", "geb-003023": "org-0354", "geb-003018": "org-0355",
                      "geb-003019": "org-0355", "geb-003020": "org-0355", "geb-003021": "org-0356", "geb-003024": "org-0356"]
        try edit(data.appendingPathComponent("gebruik.json")) { text in
            for (line, owner) in owners {
                text = text.replacingOccurrences(of: "\"id\": \"\(line)\",\n    \"afnemer\": \"org-0342\"", with: "\"id\": \"\(line)\",\n    \"afnemer\": \"\(owner)\"")
            }
        }
        let gebruik = data.appendingPathComponent("gebruik.json")
        XCTAssertEqual(try count("\"afnemer\": \"org-0342\"", in: gebruik), 1)
        let before = try Data(contentsOf: gebruik)

        XCTAssertEqual(runner.run(merge), 0, output.err)
        XCTAssertTrue(output.out.contains("gebruik.json: 8 objecten gewijzigd"), output.out)
        XCTAssertTrue(output.err.contains("swc: proefdraai, niets geschreven (zou veranderen: organisaties.json, gebruik.json); schrijf met --write"), output.err)
        XCTAssertEqual(try Data(contentsOf: gebruik), before, "een proefdraai schrijft niets")

        XCTAssertEqual(runner.run(merge + ["--write"]), 0, output.err)
        XCTAssertTrue(output.err.contains("swc: geschreven: organisaties.json, gebruik.json"), output.err)
        XCTAssertEqual(try count("\"afnemer\": \"org-0342\"", in: gebruik), 9, "één gemeente met het hele landschap")
        XCTAssertEqual(try Data(contentsOf: gebruik), try Data(contentsOf: Self.project.appendingPathComponent("content/catalogus/gebruik.json")))
        XCTAssertEqual(try count("\"opgegaanIn\": \"org-0342\"", in: data.appendingPathComponent("organisaties.json")), 3)

        let inputs = ["--data", data.path, "--content", Self.project.appendingPathComponent("content").path,
                      "--templates", Self.project.appendingPathComponent("Templates").path, "--quiet"]
        XCTAssertEqual(runner.run(["check"] + inputs), 0, output.err)
        let site = root.appendingPathComponent("site")
        XCTAssertEqual(runner.run(["build", "--output", site.path] + inputs), 0, output.err)
        let brielle = try String(contentsOf: site.appendingPathComponent("gemeenten/brielle/index.html"), encoding: .utf8)
        XCTAssertTrue(brielle.contains("url=/gemeenten/voorne-aan-zee/"), "de oude pagina verwijst door")

        XCTAssertEqual(runner.run(["report", "--data", data.path, "--output", site.appendingPathComponent("rapporten").path]), 1)
        XCTAssertTrue(output.err.contains("ligt in de site"), output.err)
        let reports = root.appendingPathComponent("rapporten")
        XCTAssertEqual(runner.run(["report", "--data", data.path, "--output", reports.path]), 0, output.err)
        XCTAssertTrue(output.err.contains("swc: rapporten geschreven naar \(reports.path): 5 pagina's, 8 CSV-bestanden"), output.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: reports.appendingPathComponent("index.html").path))
    }

    func testMergeRefusalsExitWithOne() throws {
        let output = Captured()
        let runner = Runner(standardOutput: { output.add(out: $0) }, standardError: { output.add(err: $0) })
        let data = Self.project.appendingPathComponent("content/catalogus").path
        XCTAssertEqual(runner.run(["merge", "organisaties", "--into", "org-0342", "org-0395", "--data", data]), 1)
        XCTAssertTrue(output.err.contains("/organisaties.json:3905:3 $[394].type: fout: 'org-0395' is een Leverancier en 'org-0342' een Gemeente"), output.err)
        XCTAssertTrue(output.err.contains("swc: niets geschreven; 1 fout, 0 waarschuwingen"), output.err)
    }

    private func edit(_ file: URL, _ change: (inout String) -> Void) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        change(&text)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    private func count(_ needle: String, in file: URL) throws -> Int {
        try String(contentsOf: file, encoding: .utf8).components(separatedBy: needle).count - 1
    }
}
