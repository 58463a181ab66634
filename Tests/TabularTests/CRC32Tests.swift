@testable import Tabular
import XCTest

final class CRC32Tests: XCTestCase {
    func testTheCheckValueOfTheCRC32Standard() {
        // The "check" value of CRC-32/ISO-HDLC, the variant zip uses.
        XCTAssertEqual(Zlib.crc32(Array("123456789".utf8)), 0xCBF4_3926)
    }

    func testEmptyInput() {
        XCTAssertEqual(Zlib.crc32([]), 0)
    }

    func testAKnownSentence() {
        XCTAssertEqual(Zlib.crc32(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
    }
}
