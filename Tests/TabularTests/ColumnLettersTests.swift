@testable import Tabular
import XCTest

final class ColumnLettersTests: XCTestCase {
    func testLettersGoOnPastZ() {
        XCTAssertEqual(columnLetters(0), "A")
        XCTAssertEqual(columnLetters(25), "Z")
        XCTAssertEqual(columnLetters(26), "AA")
        XCTAssertEqual(columnLetters(27), "AB")
        XCTAssertEqual(columnLetters(51), "AZ")
        XCTAssertEqual(columnLetters(52), "BA")
        XCTAssertEqual(columnLetters(701), "ZZ")
        XCTAssertEqual(columnLetters(702), "AAA")
        XCTAssertEqual(columnLetters(16_383), "XFD", "Excel's last column")
    }
}
