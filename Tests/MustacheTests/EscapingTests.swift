import XCTest
@testable import Mustache

final class EscapingTests: XCTestCase {
    func testEscapesTheFiveSpecialCharacters() {
        XCTAssertEqual(escapeHTML(#"a & b < c > d " e ' f"#), "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    }

    func testLeavesOtherTextAlone() {
        XCTAssertEqual(escapeHTML("Gemeente ’s-Hertogenbosch — café"), "Gemeente ’s-Hertogenbosch — café")
        XCTAssertEqual(escapeHTML(""), "")
    }

    func testEscapesAtTheEdgesAndNextToMultibyteCharacters() {
        XCTAssertEqual(escapeHTML("<é>"), "&lt;é&gt;")
        XCTAssertEqual(escapeHTML("&&"), "&amp;&amp;")
        XCTAssertEqual(escapeHTML("\"\u{301}"), "&quot;\u{301}")
    }

    func testAppendsToExistingOutput() {
        var output = "<p>"
        appendHTMLEscaped("1 < 2", to: &output)
        XCTAssertEqual(output, "<p>1 &lt; 2")
    }

    func testVariableEscapesPlainText() {
        XCTAssertEqual(render("{{x}}", ["x": "<script>alert('x')</script>"]),
                       "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
    }

    func testHTMLValuePassesThroughBothForms() {
        let value: MustacheValue = ["inhoud": .html("<p>Veilig &amp; klaar</p>")]
        XCTAssertEqual(render("{{inhoud}}|{{{inhoud}}}|{{&inhoud}}", value),
                       "<p>Veilig &amp; klaar</p>|<p>Veilig &amp; klaar</p>|<p>Veilig &amp; klaar</p>")
    }

    func testNumbersAndBooleans() {
        let value: MustacheValue = ["i": 85, "d": 1.21, "heel": 3.0, "negatief": -2.5, "b": true]
        XCTAssertEqual(render("{{i}} {{d}} {{heel}} {{negatief}} {{b}} {{{i}}}", value), "85 1.21 3 -2.5 true 85")
    }

    func testNullRendersNothing() {
        XCTAssertEqual(render("[{{x}}]", ["x": .null]), "[]")
    }
}
