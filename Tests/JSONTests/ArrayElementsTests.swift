import JSON
import XCTest

/// Parsing a top-level array element by element must give exactly what parsing it whole gives.
final class ArrayElementsTests: XCTestCase {
    private func elementwise(_ text: String) throws -> [JSONNode]? {
        let bytes = Array(text.utf8)
        guard let elements = JSONReader.arrayElements(bytes) else { return nil }
        return try elements.map { element throws(JSONSyntaxError) in try JSONReader.parseElement(bytes, element) }
    }

    private func whole(_ text: String) throws -> [JSONNode] {
        guard case .array(let items) = try JSONReader.parse(Array(text.utf8)).value else { return [] }
        return items
    }

    func testSamePositionsAndValuesAsTheWholeParse() throws {
        let samples = [
            "[]",
            "[1, 2.5, true, null, \"x\"]",
            "[\n  { \"id\": \"a\", \"naam\": \"Één\", \"lijst\": [1, [2, {\"k\": \"]\"}]] },\n  { \"id\": \"b\\\"\" }\n]\n",
            "[\"ë😀\", {\"id\": \"na multibyte op dezelfde regel\"}]",
            "\u{FEFF}[ {\"a\": \"\\\\\"} ,{\"b\":[]} ]",
        ]
        for sample in samples {
            XCTAssertEqual(try elementwise(sample), try whole(sample), sample)
        }
    }

    func testAnythingOddFallsBackToTheWholeParse() throws {
        XCTAssertNil(JSONReader.arrayElements(Array("{\"a\": 1}".utf8)), "not an array")
        for sample in ["[1 2]", "[1,]", "[\"open]", "[1] x", "[{\"a\": 1]"] {
            let bytes = Array(sample.utf8)
            if let elements = JSONReader.arrayElements(bytes) {
                // The scan may accept it; then parsing an element must fail, as the whole parse does.
                XCTAssertThrowsError(try elements.forEach { element throws(JSONSyntaxError) in _ = try JSONReader.parseElement(bytes, element) }, sample)
            }
            XCTAssertThrowsError(try JSONReader.parse(bytes), sample)
        }
    }
}
