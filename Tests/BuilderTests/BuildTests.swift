import Builder
import Foundation
import XCTest

/// Whole builds of the valid fixture: what the pages contain, and that output can be trusted.
final class BuildTests: XCTestCase {
    func testBuildsEveryPageAtItsCleanURL() throws {
        let site = try TestSite()
        let (report, problems) = site.build()
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let files = try TestSite.snapshot(site.output).keys.sorted()
        XCTAssertEqual(files.filter { !$0.contains("/") || $0.hasPrefix("over/") || $0.hasPrefix("assets/") }, [
            ".swc-site", "404.html", "assets/gemmaviews.js", "assets/swc.css", "assets/tabellen.js", "assets/zoeken.js", "index.html", "over/index.html", "over/toegang/index.html", "robots.txt", "urls.json",
        ])
        // The search's files (index and facet pages) are counted in SearchBuildTests.
        XCTAssertEqual(files.filter { !$0.hasPrefix("zoeken/") }.count, 41, "the catalogue's pages too: \(files)")
    }

    func testLayoutHasSkipLinkMenuBreadcrumbAndFooter() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("over/toegang/index.html")
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        XCTAssertTrue(page.contains("<a class=\"overslaan\" href=\"#inhoud\">Direct naar de inhoud</a>"))
        XCTAssertTrue(page.contains("<main id=\"inhoud\""))
        XCTAssertTrue(page.contains("<nav class=\"menu\" aria-label=\"Hoofdmenu\">"))
        XCTAssertTrue(page.contains("<a href=\"/over/toegang/\" aria-current=\"page\">Toegang</a>"), "current page marked")
        XCTAssertTrue(page.contains("<li class=\"actief\"><a href=\"/over/\">Over</a>"), "its parent marked active")
        XCTAssertTrue(page.contains("<li><a href=\"/\">Home</a></li>\n<li><a href=\"/over/\">Over de catalogus</a></li>\n<li aria-current=\"page\">Toegang verkrijgen</li>"), "breadcrumb")
        XCTAssertTrue(page.contains("<title>Toegang verkrijgen · Testcatalogus</title>"))
        XCTAssertTrue(page.contains("Een dienst van <a href=\"https://www.vngrealisatie.nl\">VNG Realisatie</a>"), "footer from _site.md")
        XCTAssertFalse(page.contains("style="), "no inline styles")
        XCTAssertEqual(Self.scripts(in: page), ["<script src=\"/assets/tabellen.js\" defer></script>"],
                       "only the site's own deferred scripts, never inline code (CSP default-src 'self')")
    }

    /// Every `<script …>…</script>` in a page.
    static func scripts(in page: String) -> [String] {
        var found: [String] = []
        var rest = page[...]
        while let start = rest.range(of: "<script"), let end = rest[start.upperBound...].range(of: "</script>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    func testTablesAndOverviewsCanBeFilteredButReadFullyWithoutJavaScript() throws {
        let site = try TestSite()
        _ = site.build(site.options(audience: .gemeenten))
        let gemeente = try site.read("gemeenten/utrecht/index.html")
        XCTAssertTrue(gemeente.contains("<table aria-labelledby=\"kop-landschap\" data-tabel=\"landschap\" data-filterlabel=\"Filter het applicatielandschap\""))
        XCTAssertFalse(gemeente.contains(" hidden"), "every row is there without JavaScript")
        XCTAssertTrue(try site.read("applicaties/index.html").contains("<div data-lijst=\"overzicht\""))
        let script = try String(contentsOf: site.output.appendingPathComponent("assets/tabellen.js"), encoding: .utf8)
        XCTAssertTrue(script.contains("history.replaceState") && script.contains("aria-live") && script.contains("aria-sort"),
                      "state in the address, the count announced, the sort order exposed")
    }

    func testMarkdownIsRenderedSafely() throws {
        let site = try TestSite()
        _ = site.build()
        let home = try site.read("index.html")
        XCTAssertTrue(home.contains("<table>"))
        XCTAssertTrue(home.contains("<del>oud</del>"))
        XCTAssertTrue(home.contains("<a href=\"https://www.gemmaonline.nl\">https://www.gemmaonline.nl</a>"))
        XCTAssertTrue(home.contains("type=\"checkbox\""))
        XCTAssertTrue(home.contains("<h2 id=\"wat-u-vindt\">Wat u vindt</h2>"))
        let over = try site.read("over/index.html")
        XCTAssertFalse(over.contains("<script>"), "raw HTML never passes through")
        XCTAssertFalse(over.contains("javascript:"), "unsafe links are dropped")
        XCTAssertTrue(over.contains("<h2 id=\"doel\">Doel</h2>"))
        XCTAssertTrue(over.contains("<h2 id=\"doel-2\">Doel</h2>"), "repeated headings get numbered ids")
    }

    func testChangingTheMenuChangesEveryPage() throws {
        let site = try TestSite()
        try site.write("content/menu.md", "- [Home](/)\n- [Toegang aanvragen](/over/toegang/)\n")
        _ = site.build()
        for page in ["index.html", "over/index.html", "over/toegang/index.html", "404.html"] {
            let html = try site.read(page)
            XCTAssertTrue(html.contains(">Toegang aanvragen</a>"), page)
            XCTAssertFalse(html.contains(">GEMMA Online</a>"), page)
        }
    }

    func testTwoBuildsAreByteIdentical() throws {
        let site = try TestSite()
        let first = site.root.appendingPathComponent("een"), second = site.root.appendingPathComponent("twee")
        _ = site.build(site.options(baseURL: "https://example.org", output: first))
        _ = site.build(site.options(baseURL: "https://example.org", output: second))
        XCTAssertEqual(try TestSite.snapshot(first), try TestSite.snapshot(second))
        let all = try TestSite.snapshot(first).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        XCTAssertFalse(all.contains(site.root.path), "no absolute paths of the build machine")
    }

    func testPublicSiteHasSitemapAndAllowsRobots() throws {
        let site = try TestSite()
        _ = site.build(site.options(baseURL: "https://www.softwarecatalogus.nl/"))
        XCTAssertEqual(try site.read("robots.txt"), "User-agent: *\nAllow: /\nSitemap: https://www.softwarecatalogus.nl/sitemap.xml\n")
        let sitemap = try site.read("sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://www.softwarecatalogus.nl/over/toegang/</loc>"))
        XCTAssertFalse(sitemap.contains("404"), "the not-found page is not in the sitemap")
        XCTAssertTrue(try site.read("index.html").contains("<link rel=\"canonical\" href=\"https://www.softwarecatalogus.nl/\">"))
        XCTAssertFalse(try site.read("index.html").contains("noindex"))
    }

    func testGemeentenSiteIsNeverIndexed() throws {
        let site = try TestSite()
        _ = site.build(site.options(audience: .gemeenten, baseURL: "https://gemeenten.example.org"))
        XCTAssertEqual(try site.read("robots.txt"), "User-agent: *\nDisallow: /\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap.xml").path))
        for page in ["index.html", "over/index.html", "over/toegang/index.html", "404.html"] {
            XCTAssertTrue(try site.read(page).contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), page)
        }
    }

    func testNotFoundPageHasNoBreadcrumbAndIsNotIndexed() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("404.html")
        XCTAssertTrue(page.contains("<h1>Pagina niet gevonden</h1>"))
        XCTAssertFalse(page.contains("class=\"kruimelpad"))
        XCTAssertTrue(page.contains("noindex"))
    }

    func testCheckWritesNothing() throws {
        let site = try TestSite()
        let (report, problems) = Build(options: site.options()).check()
        XCTAssertNotNil(report, "\(problems)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path))
    }

    func testRefusesToReplaceAFolderItDidNotBuild() throws {
        let site = try TestSite()
        try site.write("site/belangrijk.txt", "niet weggooien")
        let (report, problems) = site.build()
        XCTAssertNil(report)
        XCTAssertEqual(problems.first?.hasPrefix("site: fout: de map '"), true, "\(problems)")
        XCTAssertEqual(try String(contentsOf: site.output.appendingPathComponent("belangrijk.txt"), encoding: .utf8), "niet weggooien")
    }

    func testLeftoversOfAKilledBuildAreCleanedUp() throws {
        let site = try TestSite()
        try site.write(".site.tmp-99999/half.html", "<p>half")
        let (report, _) = site.build()
        XCTAssertNotNil(report)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".site.tmp-99999").path))
    }

    /// The nightly run uploads with rsync or to a CDN: a rebuild of unchanged input must leave
    /// every file as it was (same inode, same modification time) and rewrite only what changed.
    func testRebuildKeepsUnchangedFilesAndRewritesChangedOnes() throws {
        let site = try TestSite()
        _ = site.build()
        let before = try inodes(site.output)
        try site.write("content/over/toegang.md", "---\ntitel: Toegang verkrijgen\nbeschrijving: Anders.\n---\n\nNieuwe tekst.\n")
        let (report, problems) = site.build()
        XCTAssertNotNil(report, "\(problems)")
        let after = try inodes(site.output)
        // The search index holds the page's words, so some of its files follow the page (SearchBuildTests).
        let isIndex = { (path: String) in path.hasPrefix("zoeken/data/") }
        XCTAssertEqual(Set(before.keys.filter { !isIndex($0) }), Set(after.keys.filter { !isIndex($0) }))
        XCTAssertTrue(after.keys.contains { isIndex($0) && before[$0] != after[$0] }, "the search index follows the page")
        let rewritten = after.keys.filter { before[$0] != after[$0] && !isIndex($0) }.sorted()
        XCTAssertTrue(rewritten.contains("over/toegang/index.html"), "the changed page is rewritten")
        XCTAssertFalse(rewritten.contains("applicaties/open-zaak/index.html"), "an unchanged page keeps its file")
        XCTAssertFalse(rewritten.contains("downloads/applicaties.xlsx"), "an unchanged download keeps its file")
        XCTAssertLessThan(rewritten.count, 6, "only the changed page and pages listing it: \(rewritten)")
    }

    private func inodes(_ folder: URL) throws -> [String: UInt64] {
        try TestSite.snapshot(folder).keys.reduce(into: [:]) { result, path in
            var info = stat()
            XCTAssertEqual(stat(folder.appendingPathComponent(path).path, &info), 0)
            result[path] = UInt64(info.st_ino)
        }
    }

    func testRebuildReplacesTheWholeSite() throws {
        let site = try TestSite()
        _ = site.build()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("over/toegang.md"))
        try site.write("content/menu.md", "- [Home](/)\n")
        let (report, problems) = site.build()
        XCTAssertNotNil(report, "\(problems)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("over/toegang/index.html").path))
    }
}
