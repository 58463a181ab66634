import SVG
import XCTest

final class SVGDocumentTests: XCTestCase {
    func testTitleComesFirstAndTextIsEscaped() {
        var svg = SVGDocument(width: 100, height: 20.5, title: "Gebruik <&> \"x\"")
        svg.element("text", text: "A & B <c>", [("x", "1.25"), ("class", "a\"b")])
        let out = String(decoding: svg.inline, as: UTF8.self)
        XCTAssertTrue(out.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20.5\""), out)
        XCTAssertTrue(out.contains("<title id=\"t\">Gebruik &lt;&amp;&gt; \"x\"</title>"), out)
        XCTAssertTrue(out.contains("<text x=\"1.25\" class=\"a&quot;b\">A &amp; B &lt;c&gt;</text>"), out)
        XCTAssertTrue(out.hasSuffix("</svg>"))
    }

    func testControlCharactersAreDropped() {
        XCTAssertEqual(SVGEscaping.text("a\u{1}b\u{FFFE}c"), "abc")
    }

    func testNumbers() {
        XCTAssertEqual(SVGNumber.format(3), "3")
        XCTAssertEqual(SVGNumber.format(3.5), "3.5")
        XCTAssertEqual(SVGNumber.format(3.14159), "3.14")
        XCTAssertEqual(SVGNumber.format(0.05), "0.05")
        XCTAssertEqual(SVGNumber.format(-0.5), "-0.5")
        XCTAssertEqual(SVGNumber.format(-12.25), "-12.25")
        XCTAssertEqual(SVGNumber.format(.nan), "0")
    }
}
