import JSON
import XCTest

/// Files that stop too early: the error stands at the end and says what is still open.
final class JSONReaderTruncationTests: XCTestCase {
    private let tooEarly = "het bestand houdt te vroeg op: "

    func testEmptyFile() {
        assertError("", line: 1, column: 1, startsWith: tooEarly + "er staat geen JSON in")
        assertError("  \n ", line: 2, column: 2, startsWith: tooEarly + "er staat geen JSON in")
        assertError([0xEF, 0xBB, 0xBF], line: 1, column: 1, startsWith: tooEarly)
    }

    func testUnclosedArray() {
        assertError("[\n  1,\n  2", line: 3, column: 4, startsWith: tooEarly + "de lijst die op regel 1, kolom 1 begint")
        assertError("[1,\n", line: 2, column: 1, startsWith: tooEarly + "de lijst die op regel 1, kolom 1 begint")
    }

    func testUnclosedObject() {
        assertError("{\"a\": [1], ", line: 1, column: 12, startsWith: tooEarly + "het object dat op regel 1, kolom 1 begint")
        assertError("{\"a\"", line: 1, column: 5, startsWith: tooEarly + "na de veldnaam hoort ':'")
        assertError("{\"a\": ", line: 1, column: 7, startsWith: tooEarly + "hier wordt nog een waarde verwacht")
    }

    func testUnclosedString() {
        assertError("[\"Zoë", line: 1, column: 6, startsWith: tooEarly + "de tekst die op regel 1, kolom 2 begint")
        assertError("[\"a\\", line: 1, column: 5, startsWith: tooEarly + "de tekst die op regel 1, kolom 2 begint")
        assertError("[\"\\u00", line: 1, column: 7, startsWith: tooEarly + "de tekst")
        assertError("[\"\\ud83d", line: 1, column: 9, startsWith: tooEarly + "de tekst")
    }

    func testUnfinishedNumberAndLiteral() {
        assertError("[-", line: 1, column: 3, startsWith: tooEarly + "het getal is niet af")
        assertError("[1.", line: 1, column: 4, startsWith: tooEarly + "het getal is niet af")
        assertError("[1e+", line: 1, column: 5, startsWith: tooEarly + "het getal is niet af")
        assertError("[tr", line: 1, column: 4, startsWith: tooEarly + "hier hoort 'true' te staan")
    }
}
