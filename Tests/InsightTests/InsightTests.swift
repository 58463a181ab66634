import Insight
import XCTest

final class InsightModuleTests: XCTestCase {
    func testModuleLinks() {
        XCTAssertNotNil(Insight.self)
    }
}
