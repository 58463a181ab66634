@testable import Search
import XCTest

final class EncodingTests: XCTestCase {
    func testVarintTakesOneCharacterBelow32AndRoundTrips() {
        var out: [UInt8] = []
        for value in [0, 1, 31] { Varint64.append(value, to: &out) }
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "ABf")
        let values = [0, 31, 32, 1023, 1024, 123_456_789]
        out = []
        for value in values { Varint64.append(value, to: &out) }
        XCTAssertEqual(Varint64.decode(out), values)
    }

    func testVarintRefusesBadCharactersAndCutNumbers() {
        XCTAssertNil(Varint64.decode(Array("A*".utf8)))
        XCTAssertNil(Varint64.decode(Array("g".utf8)), "a continuation character without its last group")
    }

    func testPostingsAreDifferencesAndAllowRepeats() {
        XCTAssertEqual(Postings.encode([3, 4, 4, 10]), "DBAG")
        XCTAssertEqual(Postings.decode("DBAG"), [3, 4, 4, 10])
        XCTAssertEqual(Postings.decode(""), [])
    }

    func testRecordSetPicksTheShorterForm() {
        let sparse = [5, 900, 4000]
        XCTAssertEqual(RecordSet.encode(sparse).first, "p")
        XCTAssertEqual(RecordSet.decode(RecordSet.encode(sparse)), sparse)
        let dense = Array(stride(from: 100, to: 700, by: 2))
        XCTAssertEqual(RecordSet.encode(dense).first, "m")
        XCTAssertEqual(RecordSet.decode(RecordSet.encode(dense)), dense)
        XCTAssertLessThan(RecordSet.encode(dense).count, Postings.encode(dense).count)
        XCTAssertEqual(RecordSet.decode(RecordSet.encode([])), [])
    }

    func testCompactJSONSortsKeysAndEscapesOnlyWhatItMust() {
        let json = CompactJSON.object(["b": .int(1), "a": .array([.string("é \"x\" \\ \n \u{1} \u{2028}"), .bool(true)])])
        XCTAssertEqual(String(decoding: json.bytes, as: UTF8.self), #"{"a":["é \"x\" \\ \n \u0001 \u2028",true],"b":1}"#)
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
        XCTAssertEqual((parsed?["a"] as? [Any])?.first as? String, "é \"x\" \\ \n \u{1} \u{2028}")
    }

    func testEditDistanceOfOne() {
        let within = { (a: String, b: String) in EditDistance.withinOne(Array(a.utf8), Array(b.utf8)) }
        XCTAssertTrue(within("belasting", "belasting"))
        XCTAssertTrue(within("belsting", "belasting"), "a letter dropped")
        XCTAssertTrue(within("belastting", "belasting"), "a letter added")
        XCTAssertTrue(within("belastong", "belasting"), "a letter replaced")
        XCTAssertTrue(within("belsating", "belasting"), "two neighbours swapped")
        XCTAssertFalse(within("blesating", "belasting"), "two edits")
        XCTAssertFalse(within("belast", "belasting"))
    }
}
