import Foundation
import Search
import XCTest

final class SearchIndexTests: XCTestCase {
    private func json(_ index: SearchIndex, _ path: String) throws -> Any {
        let file = try XCTUnwrap(index.files.first { $0.path == path }, "no \(path)")
        return try JSONSerialization.jsonObject(with: Data(file.bytes))
    }

    func testRecordsAreNumberedByKindThenFoldedName() {
        let order = Fixture.index().records.map(\.id)
        XCTAssertEqual(order, ["applicatie/4", "applicatie/3", "applicatie/1", "applicatie/2", "leverancier/1", "dienst/1", "pagina/zoeken"])
    }

    func testManifestNamesKindsShardsAndFacets() throws {
        let manifest = try XCTUnwrap(json(Fixture.index(), "manifest.json") as? [String: Any])
        XCTAssertEqual(manifest["records"] as? Int, 7)
        XCTAssertEqual(manifest["chunk"] as? Int, 2)
        let kinds = try XCTUnwrap(manifest["kinds"] as? [[Any]])
        XCTAssertEqual(kinds.map { $0[0] as? String }, ["applicatie", "leverancier", "dienst", "pagina"])
        XCTAssertEqual(kinds.map { $0[1] as? Int }, [0, 4, 5, 6])
        let shards = try XCTUnwrap(manifest["shards"] as? [String])
        XCTAssertTrue(shards.contains("za") && shards.contains("be") && shards.contains("ee"))
        XCTAssertEqual(shards, shards.sorted())
        let facets = try XCTUnwrap(manifest["facets"] as? [[Any]])
        XCTAssertEqual(facets.map { $0[0] as? String }, ["leverancier", "referentiecomponent", "cloudmodel"])
        XCTAssertEqual(facets[0][1] as? [String], ["applicatie", "dienst"])
        XCTAssertEqual((manifest["version"] as? String)?.count, 16)
    }

    func testATermLivesInTheFileOfItsFirstTwoLetters() throws {
        let index = Fixture.index()
        let za = try XCTUnwrap(json(index, "terms/za.json") as? [String: [String]])
        XCTAssertEqual(Set(za.keys), ["zaak", "zaaksysteem", "zaakregistratie", "zaken"])
        // zaaksysteem: in the names of records 2, 3 (first of one and of two words) and 5 (second of two), elsewhere in 0.
        let entry = try XCTUnwrap(za["zaaksysteem"])
        XCTAssertEqual(Postings.decode(entry[0]), [2, 3, 5])
        XCTAssertEqual(entry[1].utf8.map { Shape.decode(Int($0) - Int(UInt8(ascii: "A"))) }.map { [$0.position, $0.length] }, [[0, 1], [0, 2], [1, 2]])
        XCTAssertEqual(Postings.decode(entry[2]), [0])
        XCTAssertEqual(Set(index.files.map(\.path).filter { $0.hasPrefix("terms/") }).count, index.files.filter { $0.path.hasPrefix("terms/") }.count)
    }

    func testChunksHoldWhatAResultShows() throws {
        let chunk = try XCTUnwrap(json(Fixture.index(), "records/1.json") as? [[Any]])
        XCTAssertEqual(chunk.count, 2)
        XCTAssertEqual(chunk[1][0] as? String, "Zaaksysteem Één")
        XCTAssertEqual(chunk[1][1] as? String, "/applicaties/zaaksysteem-een/")
        XCTAssertEqual(chunk[1][3] as? String, "Beta B.V.")
        XCTAssertEqual(chunk[1][4] as? Int, 1, "concept")
    }

    func testFacetFilesListValuesByNameWithCounts() throws {
        let leveranciers = try XCTUnwrap(json(Fixture.index(), "facets/leverancier.json") as? [[Any]])
        XCTAssertEqual(leveranciers.map { $0[1] as? String }, ["", "beta-bv"], "a slug that is the folded name is left out")
        XCTAssertEqual(leveranciers.map { $0[2] as? Int }, [3, 2])
        XCTAssertEqual(RecordSet.decode(try XCTUnwrap(leveranciers[0][3] as? String)), [1, 2, 5])
    }

    func testSummariesAreCutAtASpace() throws {
        var record = Fixture.records[0]
        record.samenvatting = String(repeating: "woord ", count: 60)
        let index = SearchIndex([record], facets: [])
        let chunk = try XCTUnwrap(json(index, "records/0.json") as? [[Any]])
        let summary = try XCTUnwrap(chunk[0][2] as? String)
        XCTAssertLessThanOrEqual(summary.count, SearchIndex.summaryLength)
        XCTAssertTrue(summary.hasSuffix("woord…"), summary)
    }

    func testTheSameRecordsInAnyOrderGiveTheSameBytes() {
        let a = Fixture.index().files
        let b = SearchIndex(Fixture.records.reversed(), facets: Fixture.facets, chunkSize: 2).files
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.map(\.path), a.map(\.path).sorted())
    }

    func testTheVersionChangesWithTheRecords() throws {
        var changed = Fixture.records
        changed[0].samenvatting = "Anders."
        let version = { (index: SearchIndex) in try (self.json(index, "manifest.json") as? [String: Any])?["version"] as? String }
        XCTAssertNotEqual(try version(Fixture.index()), try version(SearchIndex(changed, facets: Fixture.facets, chunkSize: 2)))
    }
}
