import JSON
import XCTest

/// One test per kind of structural mistake, each checking where the error points.
final class JSONReaderStructureErrorTests: XCTestCase {
    func testMissingCommaBetweenElements() {
        assertError("[\n  {\"a\": 1},\n  {}{\"c\": 3}\n]", line: 3, column: 5,
                    startsWith: "hier wordt ',' of ']' verwacht: zet een komma tussen de elementen")
        assertError("[\n  {\"a\": 1}\n  {\"b\": 2}\n]", line: 3, column: 3, startsWith: "hier wordt ',' of ']' verwacht")
    }

    func testMissingCommaBetweenMembers() {
        assertError("{\"a\": 1\n \"b\": 2}", line: 2, column: 2, startsWith: "hier wordt ',' of '}' verwacht")
    }

    func testMissingColon() {
        assertError("{\"a\" 1}", line: 1, column: 6, startsWith: "hier wordt ':' verwacht")
    }

    func testUnquotedKey() {
        assertError("{naam: 1}", line: 1, column: 2, startsWith: "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht")
        assertError("{\"a\": 1, 2: 3}", line: 1, column: 10, startsWith: "hier wordt een veldnaam")
    }

    func testSingleQuotes() {
        assertError("['a']", line: 1, column: 2, startsWith: "tekst staat hier tussen enkele aanhalingstekens")
        assertError("{'a': 1}", line: 1, column: 2, startsWith: "tekst staat hier tussen enkele aanhalingstekens")
    }

    func testCurlyQuotes() {
        assertError("[“a”]", line: 1, column: 2, startsWith: "tekst staat hier tussen gekrulde aanhalingstekens")
    }

    func testTrailingCommaPointsAtTheComma() {
        assertError("[1, 2,\n]", line: 1, column: 6, startsWith: "overbodige komma: na het laatste element van een lijst")
        assertError("{\"a\": 1, }", line: 1, column: 8, startsWith: "overbodige komma: na het laatste veld van een object")
    }

    func testMissingValue() {
        assertError("{\"a\": }", line: 1, column: 7, startsWith: "hier wordt een waarde verwacht, maar er staat '}'")
        assertError("[1, , 2]", line: 1, column: 5, startsWith: "hier wordt een waarde verwacht, maar er staat ','")
    }

    func testComments() {
        assertError("[1, // een\n 2]", line: 1, column: 5, startsWith: "JSON kent geen commentaar")
        assertError("{/* x */ \"a\": 1}", line: 1, column: 2, startsWith: "JSON kent geen commentaar")
        assertError("[]\n// einde", line: 2, column: 1, startsWith: "JSON kent geen commentaar")
    }

    func testContentAfterTheValue() {
        assertError("[] []", line: 1, column: 4, startsWith: "na de waarde staat nog iets")
    }

    func testUnknownWords() {
        assertError("[NaN]", line: 1, column: 2, startsWith: "'NaN' bestaat niet in JSON")
        assertError("[-Infinity]", line: 1, column: 3, startsWith: "'Infinity' bestaat niet in JSON")
        assertError("[True]", line: 1, column: 2, startsWith: "onbekende waarde 'True': schrijf 'true' met kleine letters")
        assertError("[nul]", line: 1, column: 2, startsWith: "onbekende waarde 'nul'")
        assertError("[nullen]", line: 1, column: 2, startsWith: "onbekende waarde 'nullen'")
        assertError("[ja]", line: 1, column: 2, startsWith: "onbekende waarde 'ja'")
    }

    func testInvisibleCharactersBetweenValues() {
        assertError("[1,\u{A0}2]", line: 1, column: 4, startsWith: "hier wordt een waarde verwacht, maar er staat een onzichtbaar teken (U+A0)")
        assertError("[1]\u{C}", line: 1, column: 4, startsWith: "na de waarde staat nog iets")
    }

    func testInvalidUTF8OutsideStrings() {
        assertError([UInt8(ascii: "[")] + [0xFF] + Array("]".utf8), line: 1, column: 2, startsWith: "dit is geen geldige UTF-8")
    }

    func testTooDeep() {
        assertError(String(repeating: "[", count: 65) + String(repeating: "]", count: 65), line: 1, column: 65,
                    startsWith: "te diep genest: meer dan 64 lijsten en objecten")
        assertError("{\"a\": {\"b\": [[]]}}", line: 1, column: 14, startsWith: "te diep genest: meer dan 3",
                    limits: JSONLimits(maxDepth: 3))
    }
}
