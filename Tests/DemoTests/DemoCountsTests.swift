import XCTest
import JSON
@testable import Demo

/// Sizes at the project's demo scale, and how they grow with the scale.
final class DemoCountsTests: XCTestCase {
    private func count(_ catalogue: ParsedCatalogue, _ file: String) -> Int { catalogue[file].count }

    private func organisaties(_ catalogue: ParsedCatalogue, type: String) -> Int {
        catalogue["organisaties"].filter { $0["type"]?.string == type && $0["status"]?.string != "Deactief" }.count
    }

    func testCountsAtScaleFivePercent() {
        let catalogue = DemoFixture.smallCatalogue
        XCTAssertEqual(organisaties(catalogue, type: "Gemeente"), 342)
        XCTAssertEqual(catalogue["organisaties"].filter { $0["type"]?.string == "Leverancier" }.count, 50)
        XCTAssertEqual(catalogue["organisaties"].filter { $0["type"]?.string == "Samenwerking" }.count, 3)
        XCTAssertEqual(count(catalogue, "applicaties"), 305)
        XCTAssertEqual(count(catalogue, "diensten"), 150)
        XCTAssertEqual(count(catalogue, "beoordelingen"), 250)
        XCTAssert((2_700...3_300).contains(count(catalogue, "gebruik")), "gebruik: \(count(catalogue, "gebruik"))")
        XCTAssert((450...900).contains(count(catalogue, "applicatieversies")), "versies: \(count(catalogue, "applicatieversies"))")
        XCTAssert((600...900).contains(count(catalogue, "koppelingen")), "koppelingen: \(count(catalogue, "koppelingen"))")
        XCTAssert((220...400).contains(count(catalogue, "contracten")), "contracten: \(count(catalogue, "contracten"))")
    }

    func testEveryCountGrowsWithTheScale() {
        let small = DemoFixture.smallCatalogue
        let double = ParsedCatalogue(DemoFixture.generate(0.1))
        XCTAssertEqual(organisaties(double, type: "Gemeente"), 342, "onder schaal 1 blijven het de echte gemeenten")
        for file in ["applicaties", "diensten", "beoordelingen", "gebruik", "koppelingen", "applicatieversies", "contracten"] {
            let ratio = Double(count(double, file)) / Double(count(small, file))
            XCTAssert((1.75...2.25).contains(ratio), "\(file): \(count(small, file)) → \(count(double, file))")
        }
        let leveranciers = Double(organisaties(double, type: "Leverancier")) / Double(organisaties(small, type: "Leverancier"))
        XCTAssert((1.8...2.2).contains(leveranciers))
    }

    func testNationalAndLargerScalesAskForProportionalCounts() {
        let national = DemoCounts(scale: 1)
        XCTAssertEqual(national.gemeenten, 342)
        XCTAssertEqual(national.leveranciers, 1000)
        XCTAssertEqual(national.applicaties, 6100)
        XCTAssertEqual(national.samenwerkingen, 60)
        XCTAssertEqual(national.gebruikPerGemeente, 150...200)
        let four = DemoCounts(scale: 4)
        XCTAssertEqual(four.gemeenten, 4 * 342)
        XCTAssertEqual(four.leveranciers, 4000)
        XCTAssertEqual(four.applicaties, 4 * 6100)
        XCTAssertEqual(four.diensten, 4 * 3000)
        XCTAssertEqual(four.gebruikPerGemeente, 150...200, "meer gemeenten, niet meer regels per gemeente")
        let tiny = DemoCounts(scale: 0.001)
        XCTAssertEqual(tiny.gemeenten, 342)
        XCTAssertGreaterThanOrEqual(tiny.leveranciers, 12)
        XCTAssertGreaterThanOrEqual(tiny.gebruikPerGemeente.lowerBound, 2)
    }

    func testAllocationAddsUp() {
        XCTAssertEqual(allocate(10, weights: [1, 1, 1]), [4, 3, 3])
        XCTAssertEqual(allocate(100, weights: [3, 1], minimum: 1).reduce(0, +), 100)
        XCTAssertEqual(allocate(2, weights: [1, 1, 1], minimum: 1), [1, 1, 0])
    }
}
