import Diagnostics
import Foundation
import Importer
import XCTest

/// One fixture per kind of bad input (`ImporterFixtures/invalid/KIND/`): the export or GEMMA file,
/// and in `expected.txt` exactly the errors it must give, with their places. Each import runs with
/// `--write` into a data folder that already holds data, which must stay byte for byte as it was.
final class InvalidInputTests: XCTestCase {
    func testUnbalancedQuote() throws { try assertInvalid("csv-unbalanced-quote") }
    func testWrongColumnCount() throws { try assertInvalid("csv-wrong-column-count") }
    func testMissingRequiredColumn() throws { try assertInvalid("csv-missing-column") }
    func testLatin1InsteadOfUTF8() throws { try assertInvalid("csv-latin1") }
    func testDateInTheWrongFormat() throws { try assertInvalid("csv-bad-date") }
    func testUnknownStatus() throws { try assertInvalid("csv-unknown-status") }
    func testMalformedAMEFF() throws { try assertInvalid("gemma-malformed") }
    func testTruncatedAMEFF() throws { try assertInvalid("gemma-truncated") }

    private func assertInvalid(_ kind: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = Fixtures.folder.appendingPathComponent("invalid/\(kind)")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let data = try DataFolderFixture()
        try data.write("organisaties.json", "[\n  {\n    \"id\": \"L1\",\n    \"naam\": \"Acme\",\n    \"type\": \"Leverancier\"\n  }\n]\n")
        let before = try data.snapshot()
        let outcome = kind.hasPrefix("gemma")
            ? GemmaImport.run(file: folder.appendingPathComponent("gemma.xml").path, dataDirectory: data.path, write: true)
            : SWCCSVImport.run(file: folder.appendingPathComponent("export.csv").path, dataDirectory: data.path, write: true)
        let errors = outcome.problems.errors.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        XCTAssertEqual(errors, expected, "\(kind):\n\(errors.joined(separator: "\n"))", file: file, line: line)
        XCTAssertNil(outcome.report, "\(kind): no report when the input cannot be read", file: file, line: line)
        XCTAssertFalse(outcome.wrote, file: file, line: line)
        XCTAssertEqual(try data.snapshot(), before, "\(kind): nothing may be written", file: file, line: line)
    }
}
