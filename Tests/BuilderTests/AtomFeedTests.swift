import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Site
import XCTest

/// The Atom writer on its own: every text escaped, nothing XML 1.0 forbids, ids from names only.
final class AtomFeedTests: XCTestCase {
    func testEveryTextIsEscaped() {
        XCTAssertEqual(AtomFeed.escaped("<a href=\"x\">Tom & 'Jerry'</a>"), "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;")
        XCTAssertEqual(AtomFeed.escaped("regel\u{0}\u{1}\u{B}\u{FFFE}\r\ttwee\nÉén"), "regel&#13;\ttwee\nÉén", "no character XML 1.0 forbids")
    }

    func testAHostileFeedStillParsesAndKeepsItsText() throws {
        let hostile = "]]><script>alert('x')</script>&amp;\u{7}"
        let feed = AtomFeed(id: AtomFeed.uuid("f"), title: hostile, subtitle: hostile, updated: AtomFeed.timestamp("2026-11-01"),
                            selfLink: "/a?b=1&c=<2>", alternateLink: "/", author: hostile,
                            entries: [AtomFeed.Entry(id: AtomFeed.uuid("e"), title: hostile, updated: "2026-11-01T00:00:00Z", link: "/\"x\"", summary: hostile)])
        let text = feed.text
        XCTAssertFalse(text.contains("<script>"))
        final class Titles: NSObject, XMLParserDelegate {
            var titles: [String] = [], current: String?
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                current = e == "title" ? "" : nil
            }
            func parser(_ p: XMLParser, foundCharacters s: String) { current? += s }
            func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
                if e == "title", let current { titles.append(current) }
                current = nil
            }
        }
        let titles = Titles()
        let parser = XMLParser(data: Data(feed.bytes))
        parser.delegate = titles
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(text)")
        XCTAssertEqual(titles.titles, ["]]><script>alert('x')</script>&amp;", "]]><script>alert('x')</script>&amp;"])
    }

    func testIdsAreUUIDURNsMadeFromTheNameAlone() {
        let id = AtomFeed.uuid("swc-wijziging:nieuwe-versie/ver-1/app-1/in gebruik")
        XCTAssertEqual(id, AtomFeed.uuid("swc-wijziging:nieuwe-versie/ver-1/app-1/in gebruik"))
        XCTAssertNotEqual(id, AtomFeed.uuid("swc-wijziging:nieuwe-versie/ver-2/app-1/in gebruik"))
        XCTAssertNotNil(id.range(of: "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression), id)
        XCTAssertEqual(AtomFeed.timestamp("2026-11-01"), "2026-11-01T00:00:00Z")
    }
}
