import JSON
import XCTest

final class JSONReaderValueTests: XCTestCase {
    func testEveryKindWithItsPosition() throws {
        let text = """
        {
          "null": null,
          "bool": [true, false],
          "number": -3.5e2,
          "string": "tekst",
          "array": [],
          "object": {"a": 0}
        }
        """
        let root = try XCTUnwrap(parse(text))
        XCTAssertEqual(root.position, [1, 1])
        XCTAssertEqual(root["null"]?.value, .null)
        XCTAssertEqual(root["null"]?.position, [2, 11])
        XCTAssertEqual(root["bool", 0]?.value, .bool(true))
        XCTAssertEqual(root["bool", 0]?.position, [3, 12])
        XCTAssertEqual(root["bool", 1]?.value, .bool(false))
        XCTAssertEqual(root["bool", 1]?.position, [3, 18])
        XCTAssertEqual(root["number"]?.value, .number("-3.5e2"))
        XCTAssertEqual(root["number"]?.position, [4, 13])
        XCTAssertEqual(root["string"]?.value, .string("tekst"))
        XCTAssertEqual(root["string"]?.position, [5, 13])
        XCTAssertEqual(root["array"]?.value, .array([]))
        XCTAssertEqual(root["array"]?.position, [6, 12])
        XCTAssertEqual(root["object"]?.position, [7, 13])
        XCTAssertEqual(root["object", "a"]?.value, .number("0"))
        XCTAssertEqual(root["object", "a"]?.position, [7, 19])
    }

    func testMemberKeysKeepOrderDuplicatesAndPositions() throws {
        let root = try XCTUnwrap(parse("{\"b\": 1,\n  \"a\": 2, \"b\": 3}"))
        guard case .object(let members) = root.value else { return XCTFail("geen object") }
        XCTAssertEqual(members.map(\.key), ["b", "a", "b"])
        XCTAssertEqual(members.map { [$0.keyLine, $0.keyColumn] }, [[1, 2], [2, 3], [2, 11]])
        XCTAssertEqual(members.map(\.value.position), [[1, 7], [2, 8], [2, 16]])
    }

    func testColumnsCountCharactersNotBytes() throws {
        // Each first string is one character wide, so the second value always starts at column 7.
        for wide in ["ë", "😀", "🇳🇱", "e\u{301}", "👍🏽", "한"] {
            let root = try XCTUnwrap(parse("[\"\(wide)\", \"x\"]"))
            XCTAssertEqual(root[0]?.value, .string(wide))
            XCTAssertEqual(root[1]?.position, [1, 7], "na \(wide)")
        }
    }

    func testColumnsAfterSeveralNonASCIIStringsOnOneLine() throws {
        let root = try XCTUnwrap(parse("{\"naam\": \"Zoë\", \"plaats\": \"’s-Hertogenbosch 🏰\", \"x\": 1}"))
        XCTAssertEqual(root["plaats"]?.position, [1, 27])
        XCTAssertEqual(root["x"]?.position, [1, 54])
    }

    func testColumnsRestartOnEachLine() throws {
        let root = try XCTUnwrap(parse("[\"ëëë\",\n \"ë\", 2]"))
        XCTAssertEqual(root[1]?.position, [2, 2])
        XCTAssertEqual(root[2]?.position, [2, 7])
    }

    func testEscapesCountAsWrittenInColumns() throws {
        let root = try XCTUnwrap(parse(#"["\u00eb\n", 1]"#))
        XCTAssertEqual(root[0]?.value, .string("ë\n"))
        XCTAssertEqual(root[1]?.position, [1, 14])
    }

    func testEscapesAreDecoded() throws {
        let root = try XCTUnwrap(parse(#""\" \\ \/ \b \f \n \r \t \u0041 \u00E9 \ud83d\ude00 \u2028""#))
        XCTAssertEqual(root.value, .string("\" \\ / \u{8} \u{C} \n \r \t A é 😀 \u{2028}"))
    }

    func testNumbersKeepTheirLiteral() throws {
        let literals = ["0", "-0", "12", "-3.5e2", "1E+2", "1e-05", "0.000", "123456789012345678901234567890"]
        let root = try XCTUnwrap(parse("[" + literals.joined(separator: ",") + "]"))
        XCTAssertEqual(root.plain, .array(literals.map { .number($0) }))
    }

    func testScalarDocumentsAndSurroundingWhitespace() throws {
        XCTAssertEqual(parse(" \t\r\n null \r\n")?.value, .null)
        XCTAssertEqual(parse("\n\n  42")?.position, [3, 3])
        XCTAssertEqual(parse("\"\"")?.value, .string(""))
    }

    func testCRLFLineEnds() throws {
        let root = try XCTUnwrap(parse("[\r\n  1,\r\n  2\r\n]\r\n"))
        XCTAssertEqual(root[1]?.position, [3, 3])
    }

    func testByteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[1, 2]".utf8)
        let root = try JSONReader.parse(bytes)
        XCTAssertEqual(root.position, [1, 1])
        XCTAssertEqual(root[1]?.position, [1, 5])
        assertError([0xEF, 0xBB, 0xBF] + Array("[1 2]".utf8), line: 1, column: 4, startsWith: "hier wordt ',' of ']' verwacht")
    }

    func testLargeArrayOfObjects() throws {
        let element = #"{"id": "app-%d", "naam": "Applicatie ë %d", "versies": [1, 2.5, true, null]}"#
        let text = "[\n" + (0..<20_000).map { element.replacingOccurrences(of: "%d", with: String($0)) }.joined(separator: ",\n") + "\n]"
        let root = try XCTUnwrap(parse(text))
        guard case .array(let elements) = root.value else { return XCTFail("geen lijst") }
        XCTAssertEqual(elements.count, 20_000)
        XCTAssertEqual(root[19_999, "naam"]?.value, .string("Applicatie ë 19999"))
        XCTAssertEqual(root[19_999, "versies"]?.position, [20_001, 62])
    }
}
