@testable import Serve
import XCTest

final class HTTPRequestTests: XCTestCase {
    func testParsesTheHeadABrowserSends() throws {
        let head = Array("GET /over/?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept: text/html\r\nX-Dubbel: 1\r\nx-dubbel: 2\r\n\r\n".utf8)
        XCTAssertEqual(HTTPRequest.endOfHead(head + Array("rest".utf8)), head.count)
        let request = try XCTUnwrap(HTTPRequest.parse(head))
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/over/?x=1")
        XCTAssertEqual(request.headers["host"], "127.0.0.1:8000")
        XCTAssertEqual(request.headers["x-dubbel"], "1")
    }

    func testAcceptsBareNewlinesAndRefusesWhatIsNoRequest() {
        XCTAssertEqual(HTTPRequest.endOfHead(Array("GET / HTTP/1.0\n\n".utf8)), 16)
        XCTAssertNil(HTTPRequest.endOfHead(Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)))
        XCTAssertNotNil(HTTPRequest.parse(Array("GET / HTTP/1.0\n\n".utf8)))
        for head in ["GET /\r\n\r\n", "GET / HTTP/2\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nzonder dubbele punt\r\n\r\n"] {
            XCTAssertNil(HTTPRequest.parse(Array(head.utf8)), head)
        }
        XCTAssertNil(HTTPRequest.parse([0x47, 0x45, 0x54, 0x20, 0xFF, 0x20, 0x48, 0x0D, 0x0A, 0x0D, 0x0A]))
    }

    func testOnlyLoopbackHostNamesAreServed() {
        for host in ["127.0.0.1", "127.0.0.1:8000", "localhost", "LOCALHOST:8000", "[::1]:8000"] {
            XCTAssertTrue(SiteHandler.isLoopback(host), host)
        }
        for host in ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example:8000", "[::2]"] {
            XCTAssertFalse(SiteHandler.isLoopback(host), host)
        }
    }

    func testTypesFollowTheExtension() {
        XCTAssertEqual(ContentType.of("/s/over/index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(ContentType.of("/s/downloads/applicaties.csv"), "text/csv; charset=utf-8")
        XCTAssertEqual(ContentType.of("/s/downloads/applicaties.XLSX"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        XCTAssertEqual(ContentType.of("/s/assets/swc.css"), "text/css; charset=utf-8")
        XCTAssertEqual(ContentType.of("/s/robots.txt"), "text/plain; charset=utf-8")
        XCTAssertEqual(ContentType.of("/s.d/LICENSE"), ContentType.fallback)
    }

    func testEveryResponseCarriesTheSecurityHeaders() {
        let head = HTTPResponse.text(404, "niet gevonden").head()
        XCTAssertTrue(head.hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        for line in ["Content-Security-Policy: default-src 'self'; frame-ancestors 'none'", "X-Content-Type-Options: nosniff",
                     "Referrer-Policy: strict-origin-when-cross-origin", "Cache-Control: no-store", "Content-Length: 18"] {
            XCTAssertTrue(head.contains(line + "\r\n"), line)
        }
        XCTAssertTrue(head.hasSuffix("\r\n\r\n"))
    }
}
