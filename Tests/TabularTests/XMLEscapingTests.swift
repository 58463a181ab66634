@testable import Tabular
import XCTest

final class XMLEscapingTests: XCTestCase {
    func testMarkupCharactersBecomeEntities() {
        XCTAssertEqual(XML.escaped(#"<a href="x">Tom & 'Jerry'</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;")
        XCTAssertEqual(XML.escaped("&amp;"), "&amp;amp;", "escaped once more: the text is text")
    }

    func testCharactersXMLForbidsAreDropped() {
        let forbidden = (0x00...0x08).map { Unicode.Scalar($0)! } + ["\u{0B}", "\u{0C}"] + (0x0E...0x1F).map { Unicode.Scalar($0)! }
        for scalar in forbidden {
            XCTAssertEqual(XML.escaped("a\(Character(scalar))b"), "ab", "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertEqual(XML.escaped("a\u{FFFE}b\u{FFFF}c"), "abc")
    }

    func testAllowedWhitespaceStaysAndCRIsAReference() {
        XCTAssertEqual(XML.escaped("a\tb\nc"), "a\tb\nc")
        XCTAssertEqual(XML.escaped("a\r\nb"), "a&#13;\nb")
    }

    func testCharactersNextToTheNoncharactersStay() {
        // U+FFFD is EF BF BD, U+FEFF is EF BB BF: same lead byte as U+FFFE, and allowed.
        XCTAssertEqual(XML.escaped("\u{FFFD}\u{FEFF}\u{EFFF}"), "\u{FFFD}\u{FEFF}\u{EFFF}")
    }

    func testExcelEscapesAreEscaped() {
        XCTAssertEqual(XML.escaped("_x0041_"), "_x005F_x0041_")
        XCTAssertEqual(XML.escaped("a_x00e9_b_X00E9_"), "a_x005F_x00e9_b_x005F_X00E9_")
        // Both underscores: Excel would otherwise read _x0041_x0042_ as "_x0041" followed by "B".
        XCTAssertEqual(XML.escaped("_x0041_x0042_"), "_x005F_x0041_x005F_x0042_")
        XCTAssertEqual(XML.escaped("_x004_ snake_case _x00G1_ _x0041"), "_x004_ snake_case _x00G1_ _x0041")
    }

    func testUnicodeIsKept() {
        XCTAssertEqual(XML.escaped("één 🎉"), "één 🎉")
    }
}
