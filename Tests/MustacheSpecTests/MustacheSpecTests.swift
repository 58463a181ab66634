import XCTest
import Mustache

/// Runs the official Mustache spec (github.com/mustache/spec) in lenient `.spec` mode,
/// one test method per spec file; each failing case is reported by its name.
final class MustacheSpecTests: XCTestCase {
    func testComments() throws { try runSpec("comments") }
    func testDelimiters() throws { try runSpec("delimiters") }
    func testInterpolation() throws { try runSpec("interpolation") }
    func testInverted() throws { try runSpec("inverted") }
    func testPartials() throws { try runSpec("partials") }
    func testSections() throws { try runSpec("sections") }
    func testInheritance() throws { try runSpec("~inheritance") }

    /// The fixtures live next to the repository: `<repo root>/../shared/fixtures/mustache-spec`.
    private static let specDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // MustacheSpecTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // repo root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/mustache-spec")

    private func runSpec(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.fileExists(atPath: Self.specDirectory.path) else {
            throw XCTSkip("../shared/fixtures/mustache-spec ontbreekt; spec-tests overgeslagen")
        }
        let fileName = name + ".json"
        let cases = try SpecCase.load(from: Self.specDirectory.appendingPathComponent(fileName))
        XCTAssertFalse(cases.isEmpty, "\(fileName): geen testgevallen gevonden", file: file, line: line)
        for specCase in cases {
            let outcome = specCase.run()
            if outcome != specCase.expected {
                XCTFail("\(fileName): \(specCase.name): expected \(String(reflecting: specCase.expected)), "
                        + "got \(String(reflecting: outcome))", file: file, line: line)
            }
        }
    }
}
