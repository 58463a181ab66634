import Builder
import Site
import Foundation
import SWCCLI
import XCTest

final class CommandLineTests: XCTestCase {
    func testBuildDefaults() throws {
        guard case .success(.build(let options, let quiet)) = CommandLineParser.parse(["build"]) else {
            return XCTFail("build must parse")
        }
        XCTAssertEqual(options.dataDirectory, "content/catalogus")
        XCTAssertEqual(options.contentDirectory, "content")
        XCTAssertEqual(options.templatesDirectory, "Templates")
        XCTAssertEqual(options.outputDirectory, "site")
        XCTAssertEqual(options.settings.audience, .publiek)
        XCTAssertNil(options.settings.baseURL)
        XCTAssertFalse(quiet)
    }

    func testBuildWithEveryOption() throws {
        let arguments = ["build", "--data", "d", "--content=c", "--templates", "t", "--output", "o",
                         "--audience", "gemeenten", "--base-url", "https://example.org/", "--quiet"]
        guard case .success(.build(let options, let quiet)) = CommandLineParser.parse(arguments) else {
            return XCTFail("build must parse")
        }
        XCTAssertEqual([options.dataDirectory, options.contentDirectory, options.templatesDirectory, options.outputDirectory], ["d", "c", "t", "o"])
        XCTAssertEqual(options.settings.audience, .gemeenten)
        XCTAssertEqual(options.settings.baseURL, "https://example.org")
        XCTAssertTrue(quiet)
        XCTAssertTrue(options.settings.downloads)
        XCTAssertTrue(options.settings.insight)
    }

    func testNoDownloadsAndNoInsightAreSwitchesOfTheirOwn() throws {
        guard case .success(.build(let options, _)) = CommandLineParser.parse(["build", "--no-insight"]) else {
            return XCTFail("build --no-insight must parse")
        }
        XCTAssertFalse(options.settings.insight)
        XCTAssertTrue(options.settings.downloads)
        guard case .success(.build(let both, _)) = CommandLineParser.parse(["build", "--no-downloads", "--no-insight"]) else {
            return XCTFail("both switches must parse")
        }
        XCTAssertFalse(both.settings.insight)
        XCTAssertFalse(both.settings.downloads)
    }

    func testWrongUsageIsExplained() {
        let cases: [([String], String)] = [
            (["bouw"], "onbekend commando 'bouw'"),
            (["build", "--output"], "de optie '--output' heeft een waarde nodig"),
            (["build", "--audience", "leveranciers"], "onbekend publiek 'leveranciers'"),
            (["build", "--snel"], "onbekende optie '--snel'"),
            (["check", "--base-url", "www.example.org"], "is geen adres"),
            (["help", "deploy"], "onbekend commando 'deploy'"),
        ]
        for (arguments, expected) in cases {
            guard case .failure(let error) = CommandLineParser.parse(arguments) else {
                XCTFail("\(arguments) must be refused")
                continue
            }
            XCTAssertTrue(error.message.contains(expected), "\(arguments): \(error.message)")
        }
    }

    func testExitCodes() throws {
        let output = Captured()
        let runner = Runner(standardOutput: { output.add(out: $0) }, standardError: { output.add(err: $0) })
        XCTAssertEqual(runner.run(["--version"]), 0)
        XCTAssertEqual(runner.run(["--help"]), 0)
        XCTAssertEqual(runner.run(["help", "build"]), 0)
        XCTAssertEqual(runner.run(["build", "--help"]), 0)
        XCTAssertEqual(runner.run(["build", "--onzin"]), 2)
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("swc-bestaat-niet-\(UUID().uuidString)").path
        XCTAssertEqual(runner.run(["check", "--content", missing, "--quiet"]), 1)
        XCTAssertTrue(output.out.contains("gebruik: swc build"))
        XCTAssertTrue(output.err.contains("swc: onbekende optie '--onzin'"))
        XCTAssertTrue(output.err.contains("\(missing): fout: de map bestaat niet"))
        XCTAssertTrue(output.err.contains("swc: niets geschreven; 1 fout, 0 waarschuwingen"))
    }
}

/// Collects what a Runner prints.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var out = ""
    private(set) var err = ""

    func add(out text: String) { lock.withLock { out += text } }
    func add(err text: String) { lock.withLock { err += text } }
}
