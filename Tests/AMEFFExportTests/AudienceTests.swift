import AMEFFExport
import XCTest

/// Landscapes are for the gemeenten site only (contract, "Who may see what").
final class AudienceTests: XCTestCase {
    func testPubliekCannotAskForLandscapes() {
        let index = Fixture.index(.publiek)
        XCTAssertNil(index.gemeenten)
    }

    func testPubliekStillGetsPortfolios() throws {
        let index = Fixture.index(.publiek)
        let file = try ExchangeFile(XCTUnwrap(index.applicatie("app-1")))
        XCTAssertNotNil(file.element(objectID: "app-1"))
        let leverancier = try XCTUnwrap(index.leverancier("lev-1"))
        XCTAssertFalse(String(decoding: leverancier, as: UTF8.self).contains("gebruikt door"))
        XCTAssertFalse(String(decoding: leverancier, as: UTF8.self).contains("gem-1"))
    }

    func testOnlyGemeentenAndSamenwerkingenHaveLandscapes() throws {
        let gemeenten = try XCTUnwrap(Fixture.index(.gemeenten).gemeenten)
        XCTAssertEqual(gemeenten.afnemers, ["gem-1", "gem-2", "sw-1"])
        XCTAssertNil(gemeenten.landschap("lev-1"))
        XCTAssertNil(gemeenten.koppelingen("onbekend"))
        XCTAssertNil(gemeenten.architectuur("app-1"))
    }

    func testUnknownIdsGiveNoFile() {
        let index = Fixture.index(.gemeenten)
        XCTAssertNil(index.applicatie("lev-1"))
        XCTAssertNil(index.leverancier("onbekend"))
    }
}
