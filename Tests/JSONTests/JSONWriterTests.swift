import JSON
import XCTest

final class JSONWriterTests: XCTestCase {
    func testGoldenFormatting() {
        let json = JSON.object([
            JSONField("id", .string("app-1")),
            JSONField("naam", .string("Zaaksysteem \"Plus\" – Zoë")),
            JSONField("versies", .array([.integer(1), .number("2.5e-3")])),
            JSONField("leeg", .array([])),
            JSONField("meta", .object([JSONField("actief", .bool(true)), JSONField("logo", .null)])),
            JSONField("geen", .object([])),
            JSONField("lijsten", .array([.array([.bool(false)]), .object([JSONField("a", .string("b"))])])),
        ])
        let expected = """
        {
          "id": "app-1",
          "naam": "Zaaksysteem \\"Plus\\" – Zoë",
          "versies": [
            1,
            2.5e-3
          ],
          "leeg": [],
          "meta": {
            "actief": true,
            "logo": null
          },
          "geen": {},
          "lijsten": [
            [
              false
            ],
            {
              "a": "b"
            }
          ]
        }

        """
        XCTAssertEqual(JSONWriter.format(json), expected)
    }

    func testScalarDocuments() {
        XCTAssertEqual(JSONWriter.format(.null), "null\n")
        XCTAssertEqual(JSONWriter.format(.integer(-42)), "-42\n")
        XCTAssertEqual(JSONWriter.format(.array([])), "[]\n")
    }

    func testOnlyRequiredEscapes() {
        let text = "\"\\/\n\t\r\u{8}\u{C}\u{0}\u{1F}\u{7F} ë😀 \u{2028}\u{2029} \u{2027}"
        XCTAssertEqual(JSONWriter.format(.string(text)),
                       #""\"\\/\n\t\r\u0008\u000c\u0000\u001f"# + "\u{7F} ë😀 " + #"\u2028\u2029 "# + "\u{2027}\"\n")
    }

    func testRoundTrip() throws {
        let strings = [
            "", " ", "\"", "\\", "/", "\\\"", "\u{0}", "\u{7F}", "\u{FEFF}begin", "\u{10FFFF}", "e\u{301}",
            "ë😀🇳🇱👍🏽", "\u{2028}\u{2029}", "’s-Hertogenbosch", "a\r\nb", "\"\"\"\\\\\\",
            String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }),
        ]
        let numbers = ["0", "-0", "12", "-3.5e2", "1E+2", "1e-05", "0.5", "98765432109876543210"]
        let json = JSON.object([
            JSONField("teksten", .array(strings.map(JSON.string))),
            JSONField("getallen", .array(numbers.map(JSON.number))),
            JSONField("dubbel", .bool(true)),
            JSONField("dubbel", .bool(false)),
            JSONField("", .null),
            JSONField("\n\u{2028}ë", .object([JSONField("diep", .array([.array([.object([])])]))])),
        ] + strings.map { JSONField($0, .string($0)) })
        let written = JSONWriter.format(json)
        XCTAssertEqual(try JSONReader.parse(Array(written.utf8)).plain, json)
        for value in [JSON.null, .bool(true), .string("x"), .number("1"), .array([]), .object([])] {
            XCTAssertEqual(try JSONReader.parse(Array(JSONWriter.format(value).utf8)).plain, value)
        }
    }

    func testWritingWhatWasReadGivesTheSameText() throws {
        let text = "{\n  \"a\": [\n    1,\n    \"ë\"\n  ],\n  \"b\": {}\n}\n"
        XCTAssertEqual(JSONWriter.format(try JSONReader.parse(Array(text.utf8)).plain), text)
    }
}
