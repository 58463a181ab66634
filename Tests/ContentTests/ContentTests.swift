@testable import Content
import Diagnostics
import XCTest

/// Parsing editor content from in-memory files: no disk needed.
final class ContentTests: XCTestCase {
    private func file(_ path: String, _ text: String) -> SourceFile {
        SourceFile(relativePath: path, displayPath: "content/" + path, text: text)
    }

    private let site = """
        ---
        naam: Test
        beschrijving: Test.
        overslaan: Naar inhoud
        menulabel: Menu
        kruimelpadlabel: Kruimelpad
        home: Home
        onderdeellabel: In dit onderdeel
        ---
        Voet.
        """

    private func parse(_ files: [SourceFile]) -> (SiteContent?, [String]) {
        let (content, problems) = SiteContent.parse(files)
        return (content, problems.sorted.map(\.description))
    }

    func testPageURLs() {
        XCTAssertEqual(PageURL.url(forRelativePath: "index.md"), "/")
        XCTAssertEqual(PageURL.url(forRelativePath: "over/index.md"), "/over/")
        XCTAssertEqual(PageURL.url(forRelativePath: "over/toegang.md"), "/over/toegang/")
        XCTAssertEqual(PageURL.url(forRelativePath: "404.md"), "/404.html")
        XCTAssertNil(PageURL.url(forRelativePath: "Over Ons.md"))
        XCTAssertNil(PageURL.url(forRelativePath: "../etc.md"))
    }

    func testParsesPagesMenuAndTexts() throws {
        let (content, problems) = parse([
            file("_site.md", site),
            file("menu.md", "- [Home](/)\n- [Over](/over/)\n"),
            file("index.md", "---\ntitel: Home\nbeschrijving: De voorpagina.\n---\nHallo **wereld**."),
            file("over/index.md", "---\ntitel: \"Over: de catalogus\"\nbeschrijving: Over.\nvolgorde: 2\n---\n"),
        ])
        XCTAssertEqual(problems, [])
        let parsed = try XCTUnwrap(content)
        XCTAssertEqual(parsed.pages.map(\.url), ["/", "/over/"])
        XCTAssertEqual(parsed.pages[1].frontMatter.titel, "Over: de catalogus")
        XCTAssertEqual(parsed.pages[1].frontMatter.volgorde, 2)
        XCTAssertEqual(parsed.pages[0].body.html, "<p>Hallo <strong>wereld</strong>.</p>\n")
        XCTAssertEqual(parsed.menu.items.map(\.title), ["Home", "Over"])
        XCTAssertEqual(parsed.texts["overslaan"], "Naar inhoud")
        XCTAssertEqual(parsed.texts.footer.html, "<p>Voet.</p>\n")
    }

    func testAllProblemsComeTogetherSorted() {
        let (content, problems) = parse([
            file("_site.md", site),
            file("menu.md", "- [Home](/)\n- [Weg](/weg/)\n"),
            file("index.md", "---\ntitel: Home\nbeschrijving: H.\n---\n"),
            file("b.md", "---\ntitel: B\n---\n"),
            file("a.md", "---\ntitel: A\nbeschrijving: A.\nkleur: rood\n---\n"),
        ])
        XCTAssertNil(content)
        XCTAssertEqual(problems.map { String($0.prefix(while: { $0 != " " })) }, [
            "content/a.md:4:1:", "content/b.md:3:1:", "content/menu.md:2:3:",
        ])
        XCTAssertTrue(problems[1].contains("'beschrijving' ontbreekt"))
    }

    func testMissingMenuAndTextsAreReported() {
        let (_, problems) = parse([file("index.md", "---\ntitel: Home\nbeschrijving: H.\n---\n")])
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(problems[0].hasPrefix("content/_site.md: fout:"))
        XCTAssertTrue(problems[1].hasPrefix("content/menu.md: fout:"))
    }

    func testDuplicateKeyAndNotKeyValue() {
        let (_, problems) = parse([
            file("_site.md", site), file("menu.md", "- [Home](/)\n"),
            file("index.md", "---\ntitel: Home\ntitel: Weer\nbeschrijving: H.\ndit is geen sleutel\n---\n"),
        ])
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(problems[0].hasPrefix("content/index.md:3:1: fout: de sleutel 'titel' staat twee keer"))
        XCTAssertTrue(problems[1].hasPrefix("content/index.md:5:1: fout: de regel 'dit is geen sleutel'"))
    }

    func testNotUTF8PointsAtTheByte() {
        var bytes = Array("---\ntitel: Hé\n".utf8)
        bytes.append(0xFF)
        let (_, problems) = parse([
            file("_site.md", site), file("menu.md", "- [Home](/)\n"),
            SourceFile(relativePath: "index.md", displayPath: "content/index.md", bytes: bytes),
        ])
        XCTAssertEqual(problems.first?.hasPrefix("content/index.md:3:1: fout: het bestand is geen geldige UTF-8"), true, "\(problems)")
    }

    func testMenuMayLinkToPagesOtherStagesPublishAndToOtherSites() {
        let (content, problems) = SiteContent.parse([
            file("_site.md", site),
            file("menu.md", "- [Applicaties](/applicaties/)\n- [GEMMA](https://www.gemmaonline.nl)\n- [Relatief](over/)\n"),
        ], otherURLs: ["/applicaties/"])
        XCTAssertNil(content)
        XCTAssertEqual(problems.sorted.map(\.description), [
            "content/menu.md:3:3: fout: de menu-link 'over/' is geen adres op deze site: begin interne links met '/' (bijvoorbeeld '/over/') of externe met 'https://'",
        ])
    }

    func testUnderscoreFilesAndMenuAreNotPages() {
        XCTAssertFalse(SiteContent.isPage("menu.md"))
        XCTAssertFalse(SiteContent.isPage("_site.md"))
        XCTAssertFalse(SiteContent.isPage("_concepten/x.md"))
        XCTAssertTrue(SiteContent.isPage("over/menu.md"))
    }
}

final class MenuTextTests: XCTestCase {
    func testMenuItemWithoutTextIsAnError() {
        let menu = SourceFile(relativePath: "menu.md", displayPath: "content/menu.md", text: "- [Home](/)\n- [](/)\n")
        let (_, problems) = Menu.parse(menu, pageURLs: ["/"])
        XCTAssertEqual(problems.map(\.description), ["content/menu.md:2:3: fout: dit menu-item heeft geen tekst: zet de tekst tussen de haken, '- [Tekst](/adres/)'"])
    }
}
