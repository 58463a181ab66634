import Builder
import SWCCLI
import XCTest

/// `swc build --previous DIR`: the data folder of the last published snapshot (issue 7).
final class PreviousOptionTests: XCTestCase {
    func testPreviousNamesTheLastPublishedDataFolder() throws {
        guard case .success(.build(let options, _)) = CommandLineParser.parse(["build", "--previous", "gepubliceerd/data"]) else {
            return XCTFail("build --previous must parse")
        }
        XCTAssertEqual(options.previousDataDirectory, "gepubliceerd/data")
        guard case .success(.build(let plain, _)) = CommandLineParser.parse(["build"]) else { return XCTFail("build must parse") }
        XCTAssertNil(plain.previousDataDirectory)
    }

    func testPreviousNeedsAValue() {
        guard case .failure(let error) = CommandLineParser.parse(["build", "--previous"]) else { return XCTFail("needs a value") }
        XCTAssertTrue(error.message.contains("'--previous' heeft een waarde nodig"), error.message)
    }
}
