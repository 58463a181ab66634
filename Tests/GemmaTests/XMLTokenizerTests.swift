@testable import Gemma
import XCTest

/// The tokenizer on its own: events, decoding, and what it skips.
final class XMLTokenizerTests: XCTestCase {
    /// The events of `xml` in a compact notation: `<name a=v>`, `</name>`, `"text"`.
    private func events(_ xml: String, keepWhitespace: Bool = false) throws -> [String] {
        try XMLTokenizer.tokenize(Array(xml.utf8)) { tokenizer throws(XMLError) in
            var result: [String] = []
            while let event = try tokenizer.next() {
                switch event {
                case .startTag(let name, let isEmpty):
                    let attributes = tokenizer.attributes.map { " \(tokenizer.string($0.name))=\(tokenizer.value(of: $0))" }
                    result.append("<\(tokenizer.string(name))\(attributes.joined())\(isEmpty ? "/" : "")>")
                case .endTag(let name):
                    result.append("</\(tokenizer.string(name))>")
                case .text(let text):
                    let string = tokenizer.string(of: text)
                    if keepWhitespace || !string.allSatisfy(\.isWhitespace) { result.append("\"\(string)\"") }
                }
            }
            return result
        }
    }

    private func problem(_ xml: String) -> XMLProblem? {
        do {
            _ = try events(xml)
            return nil
        } catch {
            return (error as? XMLError)?.problem
        }
    }

    func testStartEndAndEmptyTagsWithPrefixedAttributes() throws {
        XCTAssertEqual(try events(#"<model xml:lang="nl" xsi:type='Diagram'><node x="1"/></model>"#), [
            "<model xml:lang=nl xsi:type=Diagram>", "<node x=1/>", "</node>", "</model>",
        ])
    }

    func testDecodesEntitiesAndCharacterReferences() throws {
        XCTAssertEqual(try events("<a t=\"&quot;x&quot; &amp; &#233;\">&lt;b&gt; &apos;&#x20AC;&#128512;</a>"), [
            "<a t=\"x\" & é>", "\"<b> '€😀\"", "</a>",
        ])
    }

    func testCDATAIsLiteral() throws {
        XCTAssertEqual(try events("<a><![CDATA[<b> &amp; ]]>!</a>"), ["<a>", "\"<b> &amp; \"", "\"!\"", "</a>"])
    }

    func testSkipsDeclarationCommentsInstructionsAndDoctype() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE model [<!ELEMENT model ANY>]>\n"
            + "<!-- voor -->\n<model><?pi data?><!-- in -->x</model>\n<!-- na -->\n"
        XCTAssertEqual(try events(xml), ["<model>", "\"x\"", "</model>"])
    }

    func testNormalisesLineEndsAndAttributeWhitespace() throws {
        XCTAssertEqual(try events("<a t=\"1\r\n2\t3\">x\r\ny\rz</a>"), ["<a t=1 2 3>", "\"x\ny\nz\"", "</a>"])
    }

    func testReportsMalformedInput() {
        XCTAssertEqual(problem("<a>"), .unexpectedEnd(element: "a", openedAt: 0))
        XCTAssertEqual(problem("<a></b>"), .mismatchedEndTag(expected: "a", found: "b", openedAt: 0))
        XCTAssertEqual(problem("<a b=c/>"), .attributeWithoutQuotes("b"))
        XCTAssertEqual(problem("<a b/>"), .attributeWithoutValue("b"))
        XCTAssertEqual(problem("<a b='1' b='2'/>"), .duplicateAttribute("b"))
        XCTAssertEqual(problem("<a b='1'c='2'/>"), .missingWhitespaceBetweenAttributes)
        XCTAssertEqual(problem("<a b='<'/>"), .lessThanInAttributeValue("b"))
        XCTAssertEqual(problem("<a>&foo;</a>"), .unknownEntity("foo"))
        XCTAssertEqual(problem("<a>AT&T</a>"), .bareAmpersand)
        XCTAssertEqual(problem("<a><!-- x </a>"), .unclosedComment)
        XCTAssertEqual(problem("<a><!-- x -- y --></a>"), .doubleHyphenInComment)
        XCTAssertEqual(problem("<a><![CDATA[ x </a>"), .unclosedCDATA)
        XCTAssertEqual(problem("<a/><b/>"), .secondRootElement("b"))
        XCTAssertEqual(problem("x<a/>"), .textOutsideRootElement)
        XCTAssertEqual(problem("</a>"), .endTagWithoutStartTag("a"))
        XCTAssertEqual(problem("<a>< b</a>"), .invalidName)
        XCTAssertEqual(problem(" <?xml version=\"1.0\"?><a/>"), .misplacedXMLDeclaration)
    }

    func testLineIndexCountsCharacters() {
        let index = LineIndex(Array("ab\nçd\n".utf8))
        XCTAssertTrue(index.location(of: 0) == (1, 1))
        XCTAssertTrue(index.location(of: 3) == (2, 1))
        XCTAssertTrue(index.location(of: 5) == (2, 2))  // after the two bytes of "ç"
        XCTAssertTrue(index.location(of: 7) == (3, 1))  // end of file
    }

    func testUTF8Validation() {
        func check(_ bytes: [UInt8]) -> Int? {
            bytes.withUnsafeBufferPointer { UTF8Validation.firstProblem(in: $0)?.offset }
        }
        XCTAssertNil(check(Array("plain ASCII that is longer than eight bytes, é € 😀".utf8)))
        XCTAssertEqual(check([0x61, 0x62, 0xC0, 0x80]), 2)          // overlong
        XCTAssertEqual(check([0xED, 0xA0, 0x80]), 0)                // surrogate
        XCTAssertEqual(check(Array("123456789".utf8) + [0xE2, 0x82]), 9)  // truncated sequence
        XCTAssertEqual(check(Array("12345678\u{01}".utf8)), 8)       // control character
    }
}
