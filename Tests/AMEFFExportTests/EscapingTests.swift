@testable import AMEFFExport
import XCTest

final class EscapingTests: XCTestCase {
    func testMarkupCharactersAreEscaped() {
        XCTAssertEqual(XMLEscaping.escaped("<a href=\"x\">Tom & Jerry's</a>"),
                       "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
        XCTAssertEqual(XMLEscaping.escaped("&amp;"), "&amp;amp;", "text that looks escaped is still text")
    }

    func testCharactersXMLDoesNotAllowAreDropped() {
        XCTAssertEqual(XMLEscaping.escaped("a\u{0}b\u{1}c\u{1F}d\u{FFFE}e\u{FFFF}f\u{7F}"), "abcdef\u{7F}")
    }

    func testWhitespaceSurvivesReading() {
        XCTAssertEqual(XMLEscaping.escaped("a\tb\nc\rd"), "a\tb\nc&#13;d")
        XCTAssertEqual(XMLEscaping.escaped("a\tb\nc\rd", inAttribute: true), "a&#9;b&#10;c&#13;d")
    }

    func testOtherTextIsUntouched() {
        let text = "Fryslân – Súdwest-Fryslân 🚲 \u{FFFD} \u{10FFFF}"
        XCTAssertEqual(XMLEscaping.escaped(text), text)
        XCTAssertEqual(XMLEscaping.escaped(""), "")
    }
}
