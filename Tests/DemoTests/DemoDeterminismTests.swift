import XCTest
@testable import Demo

final class DemoDeterminismTests: XCTestCase {
    func testSameOptionsGiveIdenticalBytes() throws {
        let first = try DemoCatalogue.generate(DemoOptions(scale: 0.02), gemma: DemoFixture.gemmaBytes)
        let second = try DemoCatalogue.generate(DemoOptions(scale: 0.02), gemma: DemoFixture.gemmaBytes)
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for name in first.keys.sorted() {
            XCTAssertEqual(first[name], second[name], "\(name) verschilt tussen twee runs")
        }
    }

    func testWritesEveryFileOfTheDataFolder() {
        XCTAssertEqual(DemoFixture.small.keys.sorted(), [
            "applicaties.json", "applicatieversies.json", "beoordelingen.json", "catalogus.json", "compliancy.json",
            "contactpersonen.json", "contracten.json", "diensten.json", "gebruik.json", "gemma.xml",
            "koppelingen.json", "organisaties.json",
        ])
        XCTAssertEqual(DemoFixture.small["gemma.xml"], DemoFixture.gemmaBytes)
    }

    func testCatalogusNamesThePeildatum() throws {
        let files = try DemoCatalogue.generate(DemoOptions(scale: 0.01, peildatum: "2027-02-28"), gemma: DemoFixture.gemmaBytes)
        let text = String(decoding: files["catalogus.json"] ?? [], as: UTF8.self)
        XCTAssertEqual(text, """
            {
              "naam": "GEMMA Softwarecatalogus (demo)",
              "peildatum": "2027-02-28",
              "gemmaOnlineUrl": "https://www.gemmaonline.nl/wiki/GEMMA/id-"
            }

            """)
    }

    func testRejectsBadOptions() {
        XCTAssertThrowsError(try DemoCatalogue.generate(DemoOptions(scale: 0), gemma: DemoFixture.gemmaBytes)) {
            XCTAssertEqual($0 as? DemoError, .invalidScale(0))
        }
        XCTAssertThrowsError(try DemoCatalogue.generate(DemoOptions(scale: 1, peildatum: "2026-02-30"), gemma: DemoFixture.gemmaBytes)) {
            XCTAssertEqual($0 as? DemoError, .invalidPeildatum("2026-02-30"))
        }
        XCTAssertThrowsError(try DemoCatalogue.generate(DemoOptions(scale: 0.05), gemma: Array("<model/>".utf8))) {
            guard case .unusableGemma = $0 as? DemoError else { return XCTFail("verwacht unusableGemma, kreeg \($0)") }
        }
    }

    func testRandomStreamsAreStable() {
        var random = SplitMix64(seed: 1)
        // Reference values of SplitMix64 for seed 1.
        XCTAssertEqual(random.next(), 0x910A_2DEC_8902_5CC1)
        XCTAssertEqual(random.next(), 0xBEEB_8DA1_658E_EC67)
    }

    func testDayArithmetic() throws {
        let day = try XCTUnwrap(Day("2024-02-28"))
        XCTAssertEqual((day + 1).text, "2024-02-29")
        XCTAssertEqual((day + 2).text, "2024-03-01")
        XCTAssertEqual((day - 365 * 30).text, "1994-03-07")
        XCTAssertNil(Day("2023-02-29"))
        XCTAssertNil(Day("2023-2-1"))
    }
}
