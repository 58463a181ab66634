@testable import Tabular
import XCTest

final class CSVFieldTests: XCTestCase {
    func testPlainTextIsWrittenAsIs() {
        XCTAssertEqual(CSV.field("Zaaksysteem"), "Zaaksysteem")
        XCTAssertEqual(CSV.field(""), "")
        XCTAssertEqual(CSV.field("a,b"), "a,b", "a comma is no separator here")
    }

    func testSeparatorQuoteAndLineBreaksAreQuoted() {
        XCTAssertEqual(CSV.field("a;b"), "\"a;b\"")
        XCTAssertEqual(CSV.field("zegt \"ja\""), "\"zegt \"\"ja\"\"\"")
        XCTAssertEqual(CSV.field("\""), "\"\"\"\"")
        XCTAssertEqual(CSV.field("regel 1\nregel 2"), "\"regel 1\nregel 2\"")
        XCTAssertEqual(CSV.field("regel 1\r\nregel 2"), "\"regel 1\r\nregel 2\"")
        XCTAssertEqual(CSV.field("eind\r"), "\"eind\r\"")
    }

    func testEveryFormulaStartIsNeutralised() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            let field = CSV.field(start + "1+2")
            let expected = start == "\r" ? "\"'\r1+2\"" : "'" + start + "1+2"
            XCTAssertEqual(field, expected, "begin \(start.debugDescription)")
        }
    }

    func testNegativeNumbersAreNeutralisedToo() {
        XCTAssertEqual(CSV.field("-5"), "'-5")
        XCTAssertEqual(CSV.field("-"), "'-")
    }

    func testOnlyTheFirstCharacterCounts() {
        XCTAssertEqual(CSV.field("a=b"), "a=b")
        XCTAssertEqual(CSV.field(" =1"), " =1")
        XCTAssertEqual(CSV.field("e-mail"), "e-mail")
    }

    func testNeutralisingPrefixGoesInsideTheQuotes() {
        XCTAssertEqual(CSV.field("=HYPERLINK(\"x\";\"y\")"), "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"")
    }

    func testUnicodeIsKept() {
        XCTAssertEqual(CSV.field("één ë 🎉👩‍💻"), "één ë 🎉👩‍💻")
    }
}
