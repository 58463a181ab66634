@testable import Beheer
import Diagnostics
import JSON
import XCTest

/// A merge is refused, before anything changes, with every problem located at its object.
final class MergeValidationTests: XCTestCase {
    private func problems(_ kind: MergeKind = .organisaties, into: String, _ ids: [String], files: [String: SourceFile] = SmallCatalogue.files()) -> [Diagnostic] {
        switch Merge.plan(kind, into: into, merged: ids, files: files, folder: "data") {
        case .success(let plan):
            XCTFail("verwachtte een weigering, kreeg:\n\(plan.summary)")
            return []
        case .failure(let list):
            return list.sorted
        }
    }

    /// The line on which the object with `id` starts in `file` (its `{` is one line above the id).
    private func line(of id: String, in file: String) -> Int {
        let text = String(decoding: SmallCatalogue.files()[file]!.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0 == "    \"id\": \"\(id)\"," } ?? 0)  // 0-based index of the id line = 1-based line of `{`
    }

    func testUnknownIDsAreNamed() {
        let found = problems(into: "gm-x", ["gm-b", "gm-y"])
        XCTAssertEqual(found.map(\.location.description), ["data/organisaties.json", "data/organisaties.json"])
        XCTAssertTrue(found[0].message.contains("'gm-x' (bij --into)"), found[0].message)
        XCTAssertTrue(found[1].message.contains("'gm-y'"), found[1].message)
    }

    func testWrongTypePointsAtTheType() {
        let found = problems(into: "gm-a", ["lev-1"])
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found[0].location, SourceLocation(file: "data/organisaties.json", line: line(of: "lev-1", in: "organisaties.json"), column: 3, jsonPath: "$[6].type"))
        XCTAssertEqual(found[0].message, "'lev-1' is een Leverancier en 'gm-a' een Gemeente: alleen organisaties van hetzelfde type kunnen samengaan; controleer de ids")
    }

    func testSurvivorAmongMerged() {
        let found = problems(into: "gm-a", ["gm-b", "gm-a"])
        XCTAssertEqual(found.map(\.location.jsonPath), ["$[0]"])
        XCTAssertTrue(found[0].message.contains("haal 'gm-a' uit die lijst"))
    }

    func testMergedElsewhereAndSurvivorMergedAlready() {
        let elsewhere = problems(into: "gm-a", ["gm-old"])
        XCTAssertEqual(elsewhere.map(\.location.jsonPath), ["$[3].opgegaanIn"])
        XCTAssertTrue(elsewhere[0].message.contains("al opgegaan in 'gm-b'"))
        let survivor = problems(into: "gm-old", ["gm-c"])
        XCTAssertEqual(survivor.map(\.location.jsonPath), ["$[3].opgegaanIn"])
        XCTAssertTrue(survivor[0].message.contains("voeg samen in 'gm-b'"))
    }

    func testRepeatedIDs() {
        let found = problems(into: "gm-a", ["gm-b", "gm-b"])
        XCTAssertTrue(found.contains { $0.message.contains("'gm-b' staat meer dan eens") }, "\(found)")
    }

    func testFolderWithErrorsIsNotMerged() {
        let files = SmallCatalogue.files { contents in
            guard case .array(var gebruik) = contents["gebruik.json"] else { return }
            gebruik.append(object(("id", "g-x"), ("afnemer", "gm-nergens"), ("applicatie", "app-1"), ("status", "Gepland")))
            contents["gebruik.json"] = .array(gebruik)
        }
        let found = problems(into: "gm-a", ["gm-b"], files: files)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.first?.location.file, "data", "de afsluitende melding noemt de map")
        XCTAssertTrue(found.first?.message.contains("los die eerst op") ?? false)
        XCTAssertEqual(found.last?.location.jsonPath, "$[6].afnemer")
    }

    func testApplicatiesOfAnotherAanbieder() {
        let found = problems(.applicaties, into: "app-1", ["app-3"])
        XCTAssertEqual(found.map(\.location.jsonPath), ["$[2].aanbieder"])
        XCTAssertTrue(found[0].message.contains("alleen applicaties van dezelfde aanbieder"))
    }
}
