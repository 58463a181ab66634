@testable import Tabular
import XCTest

final class SheetNameTests: XCTestCase {
    func testForbiddenCharactersAreReplaced() {
        XCTAssertEqual(SheetName.valid("Applicaties [2024]: a/b\\c*?", position: 1), "Applicaties -2024-- a-b-c--")
    }

    func testNamesAreCutAt31WithoutSplittingACharacter() {
        XCTAssertEqual(SheetName.valid(String(repeating: "a", count: 40), position: 1), String(repeating: "a", count: 31))
        // 30 letters and an emoji of two UTF-16 units: the emoji does not fit.
        XCTAssertEqual(SheetName.valid(String(repeating: "a", count: 30) + "🎉", position: 1), String(repeating: "a", count: 30))
    }

    func testApostrophesAtTheEndsAndControlCharactersGo() {
        XCTAssertEqual(SheetName.valid("'Gemeente's'", position: 1), "Gemeente's")
        XCTAssertEqual(SheetName.valid("a\u{0}\tb", position: 1), "ab")
    }

    func testAnEmptyNameGetsExcelsDutchDefault() {
        XCTAssertEqual(SheetName.valid("", position: 3), "Blad3")
        XCTAssertEqual(SheetName.valid("'''", position: 1), "Blad1")
    }

    func testNamesAreMadeDistinctWithoutRegardToCase() {
        XCTAssertEqual(SheetName.unique(["Data", "data", "DATA", "History"]), ["Data", "data (2)", "DATA (3)", "History (2)"])
        let long = String(repeating: "x", count: 31)
        XCTAssertEqual(SheetName.unique([long, long]), [long, String(repeating: "x", count: 27) + " (2)"])
    }
}
