import Builder
import Diagnostics
import Foundation
import Serve
import Synchronization
import XCTest

/// The server as an editor uses it: in-process on a port the kernel picks, over raw sockets.
final class PreviewServerTests: XCTestCase {
    private var fixture: ServeFixture!
    private var server: PreviewServer!
    private let log = EventLog()
    private var port: UInt16 = 0

    override func setUpWithError() throws {
        fixture = try ServeFixture()
        // Something outside the site that no request may reach.
        try fixture.write("geheim.txt", "GEHEIM-4711")
        let log = log
        server = PreviewServer(options: ServeOptions(build: fixture.options, port: 0, pollInterval: .milliseconds(50))) { event in
            log.events.withLock { $0.append(event) }
        }
        switch server.start() {
        case .success(let chosen): port = chosen
        case .failure(let failure): XCTFail("the fixture must build and serve: \(failure)")
        }
    }

    override func tearDown() {
        server?.stop()
        fixture?.remove()
    }

    func testServesTheSiteWithItsHeaders() throws {
        guard case .started(let address, _, _)? = log.events.withLock({ $0.dropFirst().first }) else { return XCTFail("no start reported") }
        XCTAssertEqual(address, "http://127.0.0.1:\(port)/")

        let home = try XCTUnwrap(RawHTTPClient.get("/", port: port))
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertEqual(home.headers["content-security-policy"], "default-src 'self'; frame-ancestors 'none'")
        XCTAssertEqual(home.headers["x-content-type-options"], "nosniff")
        XCTAssertEqual(home.headers["cache-control"], "no-store")
        XCTAssertEqual(home.headers["content-length"], String(home.body.utf8.count))
        XCTAssertTrue(home.body.contains("<html"))

        let redirect = try XCTUnwrap(RawHTTPClient.get("/over", port: port))
        XCTAssertEqual(redirect.status, 301)
        XCTAssertEqual(redirect.headers["location"], "/over/")
        XCTAssertEqual(try XCTUnwrap(RawHTTPClient.get("/over/", port: port)).status, 200)

        let missing = try XCTUnwrap(RawHTTPClient.get("/bestaat/niet/", port: port))
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("Pagina niet gevonden"), "the site's own 404 page")

        let head = try XCTUnwrap(RawHTTPClient.get("/", port: port, method: "HEAD"))
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.headers["content-length"], home.headers["content-length"])
        XCTAssertEqual(head.body, "")

        XCTAssertEqual(try XCTUnwrap(RawHTTPClient.get("/", port: port, method: "POST")).status, 405)
        XCTAssertEqual(try XCTUnwrap(RawHTTPClient.get("/", port: port, host: "evil.example")).status, 400)
        XCTAssertEqual(try XCTUnwrap(RawHTTPClient.send("dit is geen http\r\n\r\n", port: port)).status, 400)
    }

    func testNoPathReachesOutsideTheSite() throws {
        for target in ["/../geheim.txt", "/%2e%2e/geheim.txt", "/%2E%2E%2Fgeheim.txt", "/..%2fgeheim.txt", "/.%2e/geheim.txt",
                       "/%252e%252e/geheim.txt", "/over/../../geheim.txt", "/..\\geheim.txt", "/..%5cgeheim.txt",
                       "//etc/passwd", "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/.swc-site"] {
            let response = try XCTUnwrap(RawHTTPClient.get(target, port: port), target)
            XCTAssertTrue([400, 403, 404].contains(response.status), "\(target): \(response.status)")
            XCTAssertFalse(response.body.contains("GEHEIM-4711"), target)
            XCTAssertFalse(response.body.contains("root:"), target)
        }
    }

    func testAnEditIsServedAndABrokenEditKeepsThePreviousPage() throws {
        let page = "content/over/index.md"
        try fixture.write(page, "---\ntitel: Over de catalogus\nbeschrijving: Waarom.\nvolgorde: 1\n---\n\nZwaluwstaart in de tekst.\n")
        XCTAssertTrue(waitUntil { RawHTTPClient.get("/over/", port: self.port)?.body.contains("Zwaluwstaart") == true }, "the edit is never served")
        // The new site is in place a moment before the rebuild is reported: wait for the report too.
        XCTAssertTrue(waitUntil { self.log.events.withLock { $0.contains { if case .rebuilt = $0 { true } else { false } } } }, "the rebuild is never reported")

        // The closing `---` is gone: the build fails, says where, and the last good page stays.
        try fixture.write(page, "---\ntitel: Over de catalogus\nbeschrijving: Waarom.\n\nKapot.\n")
        XCTAssertTrue(waitUntil { self.failure() != nil }, "the broken edit is never reported")
        let problems = try XCTUnwrap(failure())
        let error = try XCTUnwrap(problems.errors.first)
        XCTAssertTrue(error.location.file.hasSuffix(page), error.description)
        XCTAssertEqual(error.location.line, 1)
        XCTAssertTrue(ServeEvent.rebuildFailed(problems: problems).text(quiet: true).contains("\(page):1:1: fout: de front matter wordt niet gesloten"))
        let served = try XCTUnwrap(RawHTTPClient.get("/over/", port: port))
        XCTAssertEqual(served.status, 200)
        XCTAssertTrue(served.body.contains("Zwaluwstaart"))
        XCTAssertFalse(served.body.contains("Kapot"))
    }

    func testStopClosesThePort() {
        server.stop()
        XCTAssertNil(RawHTTPClient.get("/", port: port))
        server.stop()
    }

    private func failure() -> DiagnosticList? {
        log.events.withLock { events in
            events.lazy.compactMap { if case .rebuildFailed(let problems) = $0 { problems } else { nil } }.first
        }
    }

    /// Polls for up to 10 seconds: long enough for a rebuild on a busy machine, short enough to fail a hung test.
    private func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}

/// What the server reported, from its watcher thread to the test's.
private final class EventLog: Sendable {
    let events = Mutex<[ServeEvent]>([])
}
