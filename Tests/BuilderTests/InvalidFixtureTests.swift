import Builder
import Foundation
import XCTest

/// One invalid fixture per kind of bad input (`Fixtures/invalid/KIND/`, files laid over the valid
/// site). Each must fail with exactly the located messages of its `expected.txt` (a line there is a
/// prefix of a reported line) and leave the previously built site byte for byte as it was.
final class InvalidFixtureTests: XCTestCase {
    func testMenuBrokenLink() throws { try assertInvalid("menu-broken-link") }
    func testPageWithoutFrontMatter() throws { try assertInvalid("page-without-front-matter") }
    func testUnknownFrontMatterKey() throws { try assertInvalid("unknown-front-matter-key") }
    func testUnclosedFrontMatter() throws { try assertInvalid("unclosed-front-matter") }
    func testVolgordeNotANumber() throws { try assertInvalid("bad-volgorde") }
    func testUnknownSjabloon() throws { try assertInvalid("unknown-sjabloon") }
    func testFileNotUTF8() throws { try assertInvalid("not-utf8") }
    func testFileNameNotAURL() throws { try assertInvalid("bad-file-name") }
    func testUnclosedMustacheSection() throws { try assertInvalid("unclosed-section") }
    func testMissingPartial() throws { try assertInvalid("missing-partial") }
    func testMissingVariableInStrictMode() throws { try assertInvalid("missing-variable") }
    func testTemplateNotUTF8() throws { try assertInvalid("template-not-utf8") }
    func testAllProblemsOfARunTogether() throws { try assertInvalid("several-problems") }

    // The data folder (contract: ../shared/spec/catalogus-data.md).
    func testDataBrokenJSON() throws { try assertInvalid("data-broken-json") }
    func testDataWrongType() throws { try assertInvalid("data-wrong-type") }
    func testDataUnknownEnumeration() throws { try assertInvalid("data-unknown-enumeration") }
    func testDataDuplicateID() throws { try assertInvalid("data-duplicate-id") }
    func testDataDanglingReference() throws { try assertInvalid("data-dangling-reference") }
    func testDataNotUTF8() throws { try assertInvalid("data-not-utf8") }
    func testDataTruncatedGemma() throws { try assertInvalid("data-truncated-gemma") }
    func testDataUnknownGemmaReference() throws { try assertInvalid("data-unknown-gemma-reference") }
    func testDataKoppelingToOtherAfnemer() throws { try assertInvalid("data-koppeling-other-afnemer") }
    func testDataKoppelingWithTwoTargets() throws { try assertInvalid("data-koppeling-two-targets") }
    func testDataAfnemerNotAGemeente() throws { try assertInvalid("data-afnemer-not-gemeente") }
    func testDataWaarderingOutOfRange() throws { try assertInvalid("data-waardering-out-of-range") }
    func testDataBadDate() throws { try assertInvalid("data-bad-date") }
    func testDataUnsafeURL() throws { try assertInvalid("data-unsafe-url") }

    /// A 50 MB string is refused where it starts, quickly, and nothing is written.
    func testDataHugeString() throws {
        let good = try TestSite()
        _ = good.build()
        let before = try TestSite.snapshot(good.output)
        var text = Array("[\n  { \"id\": \"dst-1\", \"naam\": \"".utf8)
        text += [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        text += Array("\", \"aanbieder\": \"lev-acme\", \"type\": \"Hosting\" }\n]\n".utf8)
        try Data(text).write(to: good.content.appendingPathComponent("catalogus/diensten.json"))
        let (report, problems) = good.build()
        XCTAssertNil(report)
        XCTAssertEqual(problems.first { $0.contains(": fout: ") }?.hasPrefix("content/catalogus/diensten.json:2:28: fout: tekst van meer dan 1 MB"), true, "\(problems.prefix(3))")
        XCTAssertEqual(try TestSite.snapshot(good.output), before)
    }

    private func assertInvalid(_ kind: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expectedFile = TestSite.fixtures.appendingPathComponent("invalid/\(kind)/expected.txt")
        let expected = try String(contentsOf: expectedFile, encoding: .utf8).split(separator: "\n").map(String.init)

        // A good build first, so there is a previous site to protect.
        let good = try TestSite()
        let (goodReport, goodProblems) = good.build()
        XCTAssertNotNil(goodReport, "the valid fixture must build: \(goodProblems)", file: file, line: line)
        let before = try TestSite.snapshot(good.output)

        let bad = try TestSite(overlay: kind)
        try FileManager.default.copyItem(at: good.output, to: bad.output)
        let (report, problems) = bad.build()
        XCTAssertNil(report, "\(kind): the build must fail", file: file, line: line)
        let errors = problems.filter { $0.contains(": fout: ") }
        XCTAssertEqual(errors.count, expected.count, "\(kind): expected \(expected.count) errors, got:\n\(problems.joined(separator: "\n"))", file: file, line: line)
        for (want, got) in zip(expected, errors) {
            XCTAssertTrue(got.hasPrefix(want), "\(kind):\n  want \(want)\n  got  \(got)", file: file, line: line)
        }
        XCTAssertEqual(try TestSite.snapshot(bad.output), before, "\(kind): the previous site must stay as it was", file: file, line: line)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: bad.root.path).filter { $0.hasPrefix(".site") }
        XCTAssertEqual(leftovers, [], "\(kind): no staging folder may stay behind", file: file, line: line)
    }
}
