import Markdown
import Parallel
import XCTest

final class MarkdownTests: XCTestCase {
    func testGitHubExtensions() {
        let html = Markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ https://www.gemmaonline.nl\n\n- [x] klaar\n- [ ] open\n").html
        XCTAssertTrue(html.contains("<table>"))
        XCTAssertTrue(html.contains("<td>1</td>"))
        XCTAssertTrue(html.contains("<del>weg</del>"))
        XCTAssertTrue(html.contains("<a href=\"https://www.gemmaonline.nl\">https://www.gemmaonline.nl</a>"))
        XCTAssertTrue(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"))
    }

    func testRawHTMLIsFiltered() {
        let html = Markdown.render("<script>alert(1)</script>\n\nTekst <b onclick=\"x()\">vet</b> en <iframe src=x></iframe>\n").html
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("onclick"))
        XCTAssertFalse(html.contains("<iframe"))
        XCTAssertFalse(html.contains("<b"))
    }

    func testUnsafeLinksAreDropped() {
        let html = Markdown.render("[klik](javascript:alert(1)) [data](data:text/html,x) [goed](/over/)").html
        XCTAssertFalse(html.contains("javascript:"))
        XCTAssertFalse(html.contains("data:text/html"))
        XCTAssertTrue(html.contains("<a href=\"/over/\">goed</a>"))
    }

    func testHeadingsGetStableUniqueIDs() {
        let document = Markdown.render("## Coördinatie & *Beheer*\n\n## Kosten\n\n### Kosten\n\n## `code` kop\n\n## !!!\n")
        XCTAssertEqual(document.headings.map(\.id), ["coordinatie-beheer", "kosten", "kosten-2", "code-kop", "kop"])
        XCTAssertTrue(document.html.contains("<h2 id=\"coordinatie-beheer\">Coördinatie &amp; <em>Beheer</em></h2>"))
        XCTAssertTrue(document.html.contains("<h3 id=\"kosten-2\">Kosten</h3>"))
    }

    func testHeadingIDsNeverRepeatOrTakeReservedOnes() {
        let document = Markdown.render("## Inhoud\n\n## Kosten\n\n## Kosten\n\n## Kosten 2\n", reservedIDs: ["inhoud"])
        XCTAssertEqual(document.headings.map(\.id), ["inhoud-2", "kosten", "kosten-2", "kosten-2-2"])
    }

    func testHeadingsCanBeDemoted() {
        let html = Markdown.render("# Titel\n\n## Deel\n\n###### Klein\n", headingOffset: 2).html
        XCTAssertTrue(html.contains("<h3 id=\"titel\">Titel</h3>"))
        XCTAssertTrue(html.contains("<h4 id=\"deel\">Deel</h4>"))
        XCTAssertTrue(html.contains("<h6 id=\"klein\">Klein</h6>"))
    }

    func testHeadingLookalikesInCodeAreNotTouched() {
        let html = Markdown.render("```\n<h2>geen kop</h2>\n```\n\n## Echte kop\n").html
        XCTAssertTrue(html.contains("&lt;h2&gt;geen kop&lt;/h2&gt;"))
        XCTAssertTrue(html.contains("<h2 id=\"echte-kop\">Echte kop</h2>"))
    }

    func testSlugFoldsDiacriticsAndPunctuation() {
        XCTAssertEqual(Slug.make("Zaakgericht Werken — Één Systeem (2024)"), "zaakgericht-werken-een-systeem-2024")
        XCTAssertEqual(Slug.make("../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(Slug.make("Ĳsselstein"), "ijsselstein")
        XCTAssertEqual(Slug.make("   "), "")
    }

    func testOutlineReadsNestedLinksWithPositions() {
        let outline = Markdown.outline("- [Home](/)\n- [Over](/over/)\n  - [Toegang](/over/toegang/)\n")
        XCTAssertEqual(outline.problems, [])
        XCTAssertEqual(outline.items.map(\.text), ["Home", "Over"])
        XCTAssertEqual(outline.items[1].children.map(\.url), ["/over/toegang/"])
        XCTAssertEqual(outline.items[1].children[0].position, LinkOutline.Position(line: 3, column: 5))
    }

    func testOutlineReportsWhatIsNotAListOfLinks() {
        let outline = Markdown.outline("# Menu\n\n- gewoon tekst\n- [Ok](/)\n  - [Twee](/2/)\n    - [Drie](/3/)\n")
        XCTAssertEqual(outline.problems, [
            .notAList(LinkOutline.Position(line: 1, column: 1)),
            .notALink(LinkOutline.Position(line: 3, column: 1)),
            .tooDeep(LinkOutline.Position(line: 6, column: 5)),
        ])
    }
}

/// cmark-gfm keeps a table of special characters shared by all parsers; rendering on several
/// threads must still give every document its autolinks and strikethrough.
final class ConcurrentMarkdownTests: XCTestCase {
    func testParallelRenderingKeepsExtensions() {
        let documents = (0..<2000).map { "Document \($0): https://www.gemmaonline.nl en ~~weg~~ en tekst." }
        let results = parallelMap(documents) { Markdown.render($0).html }
        for (index, html) in results.enumerated() {
            XCTAssertTrue(html.contains("<a href=\"https://www.gemmaonline.nl\">") && html.contains("<del>weg</del>"), "document \(index): \(html)")
        }
    }
}
