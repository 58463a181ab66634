import Serve
import XCTest

final class RequestPathTests: XCTestCase {
    func testDecodesOnceAndKeepsWhatARedirectNeeds() throws {
        let path = try RequestPath.parse("/over/b%20c/?x=1#top").get()
        XCTAssertEqual(path.segments, ["over", "b c"])
        XCTAssertTrue(path.isFolder)
        XCTAssertEqual(path.raw, "/over/b%20c/")
        XCTAssertEqual(path.query, "x=1")
        XCTAssertEqual(try RequestPath.parse("/").get().segments, [])
        XCTAssertFalse(try RequestPath.parse("/assets/swc.css").get().isFolder)
        // Decoded once: the second layer of a double encoding stays in the name.
        XCTAssertEqual(try RequestPath.parse("/%252e%252e/x").get().segments, ["%2e%2e", "x"])
    }

    func testRefusesEverythingThatCouldClimb() {
        for target in ["/../etc/passwd", "/%2e%2e/", "/%2E%2E%2F", "/..%2f", "/.%2e/", "/%2e./x", "//etc/passwd",
                       "/applicaties/../../x", "/./over/", "/over/.", "/a%2fb", "/a%5cb", "/..\\x", "/a\\b"] {
            XCTAssertEqual(RequestPath.parse(target), .failure(.climbing), target)
        }
    }

    func testRefusesWhatIsNoPath() {
        for target in ["etc/passwd", "", "*", "/%", "/%2", "/%zz", "/a%00b", "/a%0d%0aSet-Cookie:x", "/%c3", "/%ff", "/a\u{7f}"] {
            XCTAssertEqual(RequestPath.parse(target), .failure(.malformed), target)
        }
    }
}
