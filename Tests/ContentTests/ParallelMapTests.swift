import Parallel
import XCTest

final class ParallelMapTests: XCTestCase {
    func testKeepsOrderAndVisitsEveryItemOnce() {
        for count in [0, 1, 2, 3, 17, 1000, 10_007] {
            let items = Array(0..<count)
            XCTAssertEqual(parallelMap(items) { $0 * 2 }, items.map { $0 * 2 }, "\(count) items")
        }
    }
}
