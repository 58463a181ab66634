import Builder
import SWCCLI
import XCTest

final class ServeCommandTests: XCTestCase {
    func testDefaultsServeTheProjectOnPort8000FromATemporaryFolder() {
        guard case .success(.serve(let request)) = CommandLineParser.parse(["serve"]) else { return XCTFail("serve must parse") }
        XCTAssertEqual(request.port, 8000)
        XCTAssertNil(request.output, "never the site/ that is published")
        XCTAssertEqual([request.options.dataDirectory, request.options.contentDirectory, request.options.templatesDirectory],
                       ["content/catalogus", "content", "Templates"])
        XCTAssertFalse(request.quiet)
    }

    func testTakesThePortTheOutputAndBuildsInputOptions() {
        let arguments = ["serve", "--port", "8765", "--content=/tmp/c", "--data", "/tmp/c/catalogus", "--templates", "/tmp/t",
                         "--audience", "gemeenten", "--no-downloads", "--output", "/tmp/voorbeeld", "--quiet"]
        guard case .success(.serve(let request)) = CommandLineParser.parse(arguments) else { return XCTFail("serve must parse") }
        XCTAssertEqual(request.port, 8765)
        XCTAssertEqual(request.output, "/tmp/voorbeeld")
        XCTAssertEqual(request.options.contentDirectory, "/tmp/c")
        XCTAssertEqual(request.options.dataDirectory, "/tmp/c/catalogus")
        XCTAssertEqual(request.options.settings.audience, .gemeenten)
        XCTAssertFalse(request.options.settings.downloads)
        XCTAssertTrue(request.quiet)
        guard case .success(.serve(let inline)) = CommandLineParser.parse(["serve", "--port=9000"]) else { return XCTFail("--port=N must parse") }
        XCTAssertEqual(inline.port, 9000)
    }

    func testWrongUsageIsExplained() {
        let cases: [([String], String)] = [
            (["serve", "--port"], "de optie '--port' heeft een waarde nodig"),
            (["serve", "--port", "0"], "'0' is geen poort"),
            (["serve", "--port", "65536"], "'65536' is geen poort"),
            (["serve", "--port", "acht"], "'acht' is geen poort"),
            (["serve", "--output="], "de optie '--output' heeft een waarde nodig"),
            (["serve", "--report", "r.json"], "'swc serve' schrijft geen bouwrapport"),
            (["serve", "--snel"], "onbekende optie '--snel' voor 'swc serve': zie 'swc help serve'"),
        ]
        for (arguments, expected) in cases {
            guard case .failure(let usage) = CommandLineParser.parse(arguments) else { XCTFail("\(arguments) must fail"); continue }
            XCTAssertTrue(usage.message.contains(expected), "\(arguments): \(usage.message)")
        }
    }

    func testHelpNamesTheAddressAndTheRules() {
        guard case .success(.help(let topic)) = CommandLineParser.parse(["serve", "--help"]) else { return XCTFail("serve --help is help") }
        XCTAssertEqual(topic, "serve")
        guard case .success(.help("serve")) = CommandLineParser.parse(["help", "serve"]) else { return XCTFail("help serve must parse") }
        let text = HelpText.text(for: "serve")
        XCTAssertTrue(text.contains("http://127.0.0.1:8000/"))
        XCTAssertTrue(text.contains("--port N"))
        XCTAssertTrue(HelpText.text(for: nil).contains("serve    "))
    }
}
