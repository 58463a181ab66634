@testable import Site
import XCTest

/// The advice "wat de buren wel invullen" counts buren in the number the count asks for.
final class AdviesWordingTests: XCTestCase {
    func testCountsOfBurenReadAsDutch() {
        XCTAssertEqual(AdviesViewModel.wie(1, van: 1), "de enige buur gebruikt")
        XCTAssertEqual(AdviesViewModel.wie(2, van: 2), "beide buren gebruiken")
        XCTAssertEqual(AdviesViewModel.wie(3, van: 3), "alle 3 buren gebruiken")
        XCTAssertEqual(AdviesViewModel.wie(1, van: 2), "1 van de 2 buren gebruikt")
        XCTAssertEqual(AdviesViewModel.wie(3, van: 5), "3 van de 5 buren gebruiken")
        XCTAssertEqual(AdviesViewModel.wie(1_200, van: 1_500), "1.200 van de 1.500 buren gebruiken")
    }
}
