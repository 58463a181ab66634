import Foundation
import Serve
import XCTest

/// A small site next to a secret, with links that point out of the site and one that stays in.
final class SiteResolverTests: XCTestCase {
    private var base: URL!
    private var site: String { base.appendingPathComponent("site").path }
    private var resolver: SiteResolver { SiteResolver(root: site) }

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("swc-resolver-\(UUID().uuidString)")
        for (path, text) in [("site/index.html", "voorpagina"), ("site/404.html", "niet gevonden"), ("site/over/index.html", "over"),
                             ("site/over/toegang/index.html", "toegang"), ("site/assets/swc.css", "body{}"), ("site/.swc-site", ""),
                             ("site/leeg/.keep", ""), ("site/%2e%2e/index.html", "letterlijk"), ("geheim.txt", "GEHEIM"),
                             ("geheim/index.html", "GEHEIM")] {
            let url = base.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let links = [("site/etc", "/etc"), ("site/passwd", "/etc/passwd"), ("site/binnen", site + "/over"),
                     ("site/buiten", base.appendingPathComponent("geheim").path), ("site/uitweg/index.html", base.appendingPathComponent("geheim.txt").path)]
        for (path, destination) in links {
            let url = base.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: base)
    }

    func testServesFilesAndFolderIndexes() {
        XCTAssertEqual(resolver.resolve("/"), .file(real("site/index.html")))
        XCTAssertEqual(resolver.resolve("/over/"), .file(real("site/over/index.html")))
        XCTAssertEqual(resolver.resolve("/over/index.html"), .file(real("site/over/index.html")))
        XCTAssertEqual(resolver.resolve("/over/toegang/?x=1"), .file(real("site/over/toegang/index.html")))
        XCTAssertEqual(resolver.resolve("/assets/swc.css"), .file(real("site/assets/swc.css")))
        // A link that stays inside the site is followed.
        XCTAssertEqual(resolver.resolve("/binnen/"), .file(real("site/over/index.html")))
        // Double encoding cannot climb: it names a folder called `%2e%2e`, here one that exists.
        XCTAssertEqual(resolver.resolve("/%252e%252e/"), .file(real("site/%2e%2e/index.html")))
    }

    func testRedirectsAFolderWithoutItsSlash() {
        XCTAssertEqual(resolver.resolve("/over"), .redirect("/over/"))
        XCTAssertEqual(resolver.resolve("/over/toegang?x=1"), .redirect("/over/toegang/?x=1"))
        XCTAssertEqual(resolver.resolve("/over#doel"), .redirect("/over/"))
    }

    func testMissingThingsAreNotFound() {
        for target in ["/nergens", "/nergens/", "/assets/swc.css/", "/leeg", "/leeg/", "/.swc-site", "/leeg/.keep", "/%252e%252e/geheim.txt"] {
            XCTAssertEqual(resolver.resolve(target), .notFound, target)
        }
    }

    func testTraversalIsForbidden() {
        for target in ["/../etc/passwd", "/../geheim.txt", "/%2e%2e/geheim.txt", "/%2E%2E%2Fgeheim.txt", "/..%2fgeheim.txt",
                       "/.%2e/geheim.txt", "//etc/passwd", "/applicaties/../../x", "/over/../../geheim.txt", "/..%5cgeheim.txt", "/..\\geheim.txt"] {
            XCTAssertEqual(resolver.resolve(target), .forbidden, target)
        }
    }

    func testLinksPointingOutOfTheSiteAreForbidden() {
        for target in ["/etc/passwd", "/etc/", "/passwd", "/buiten/", "/buiten/index.html", "/uitweg/", "/uitweg/index.html"] {
            XCTAssertEqual(resolver.resolve(target), .forbidden, target)
        }
        XCTAssertEqual(resolver.resolve("/buiten"), .forbidden, "no redirect either: it would confirm what lies outside")
    }

    func testBadPathsAreBadRequests() {
        for target in ["etc/passwd", "/over%00.html", "/%zz", "/%c3"] {
            XCTAssertEqual(resolver.resolve(target), .badRequest, target)
        }
    }

    func testASiteThatIsNotThereHasNothing() {
        XCTAssertEqual(SiteResolver(root: base.appendingPathComponent("nog-niet-gebouwd").path).resolve("/"), .notFound)
    }

    private func real(_ path: String) -> String {
        URL(fileURLWithPath: base.appendingPathComponent(path).path).resolvingSymlinksInPath().path
    }
}
