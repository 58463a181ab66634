import Insight
import XCTest

/// The comparison rule: which criteria differ, in which order the rows come, and which standards
/// a comparison shows.
final class VergelijkingTests: XCTestCase {
    private let leverancier = Kenmerk(sleutel: "leverancier", naam: "Leverancier", leeg: "onbekend")
    private let licentie = Kenmerk(sleutel: "licentie", naam: "Licentie", leeg: "niet opgegeven")
    private let versies = Kenmerk(sleutel: "versies", naam: "Versies", leeg: "geen")
    private let stuf = Kenmerk(sleutel: "standaard-s", naam: "StUF ZKN", leeg: "niet van toepassing")
    private let zgw = Kenmerk(sleutel: "standaard-z", naam: "ZGW API's", leeg: "niet van toepassing")
    private let imztc = Kenmerk(sleutel: "standaard-i", naam: "imZTC", leeg: "niet van toepassing")

    private var vast: [Kenmerk] { [leverancier, licentie, versies] }

    func testARowDiffersWhenOneApplicatieHasOtherTexts() {
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: ["leverancier": ["Acme"], "licentie": ["EUPL-1.2"], "versies": ["2.0", "1.0"]])
        let b = VergelijkProfiel(id: "b", naam: "B", waarden: ["leverancier": ["Acme"], "licentie": ["EUPL-1.2"], "versies": ["2.0"]])
        let c = VergelijkProfiel(id: "c", naam: "C", waarden: ["leverancier": ["Acme"], "licentie": ["EUPL-1.2"], "versies": ["2.0", "1.0"]])
        let vergelijking = Vergelijking([a, b, c], vast: vast)
        XCTAssertEqual(vergelijking.rijen.map(\.kenmerk.sleutel), ["leverancier", "licentie", "versies"])
        XCTAssertEqual(vergelijking.rijen.map(\.verschilt), [false, false, true], "only the versions differ, and only because of B")
        XCTAssertEqual(vergelijking.verschillen, [versies])
        XCTAssertEqual(vergelijking.rijen[2].waarden, [["2.0", "1.0"], ["2.0"], ["2.0", "1.0"]], "values in the order of the applicaties")
    }

    func testNothingKnownDiffersFromSomethingButNotFromNothing() {
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: ["leverancier": ["Acme"], "licentie": []])
        let b = VergelijkProfiel(id: "b", naam: "B", waarden: ["licentie": ["EUPL-1.2"]])
        let vergelijking = Vergelijking([a, b], vast: vast)
        XCTAssertEqual(vergelijking.verschillen, [leverancier, licentie], "a missing list is empty, and empty is not 'Acme'")
        XCTAssertFalse(vergelijking.rijen[2].verschilt, "neither has versions: the same")
        XCTAssertEqual(vergelijking.rijen[0].waarden, [["Acme"], []])
    }

    func testListsAreComparedInTheirOrder() {
        // The profile maker sorts every list, so two orders of the same texts never reach here; a
        // different order means different data (another newest version).
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: ["versies": ["2.0", "1.0"]])
        let b = VergelijkProfiel(id: "b", naam: "B", waarden: ["versies": ["1.0", "2.0"]])
        XCTAssertEqual(Vergelijking([a, b], vast: vast).verschillen, [versies])
    }

    func testStandardsOfAnyApplicatieFollowTheFixedRowsByNameIgnoringCapitals() {
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: ["standaard-z": ["verplicht", "ZGW 1.0: ondersteund"], "standaard-i": ["aanbevolen"]],
                                 standaarden: [zgw, imztc])
        let b = VergelijkProfiel(id: "b", naam: "B", waarden: ["standaard-z": ["verplicht", "ZGW 1.0: ondersteund"], "standaard-s": ["aanbevolen"]],
                                 standaarden: [stuf, zgw])
        let vergelijking = Vergelijking([a, b], vast: vast)
        XCTAssertEqual(vergelijking.rijen.map(\.kenmerk.naam), ["Leverancier", "Licentie", "Versies", "imZTC", "StUF ZKN", "ZGW API's"])
        let rows = Dictionary(uniqueKeysWithValues: vergelijking.rijen.map { ($0.kenmerk.sleutel, $0) })
        XCTAssertEqual(rows["standaard-s"]?.waarden, [[], ["aanbevolen"]], "A's components do not ask for StUF ZKN")
        XCTAssertEqual(rows["standaard-s"]?.verschilt, true)
        XCTAssertEqual(rows["standaard-z"]?.verschilt, false, "both support the same version")
        XCTAssertEqual(rows["standaard-i"]?.verschilt, true)
    }

    func testAlleenKeepsOnlyTheGivenStandards() {
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: [:], standaarden: [zgw, imztc])
        let b = VergelijkProfiel(id: "b", naam: "B", waarden: [:], standaarden: [stuf])
        let vergelijking = Vergelijking([a, b], vast: [leverancier], alleen: ["standaard-z", "standaard-s"])
        XCTAssertEqual(vergelijking.rijen.map(\.kenmerk.sleutel), ["leverancier", "standaard-s", "standaard-z"])
    }

    func testOneApplicatieDiffersFromNothingAndNoneGivesEmptyRows() {
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: ["leverancier": ["Acme"]])
        XCTAssertEqual(Vergelijking([a], vast: vast).verschillen, [])
        let none = Vergelijking([], vast: vast)
        XCTAssertEqual(none.rijen.map(\.waarden), [[], [], []])
        XCTAssertEqual(none.verschillen, [])
    }

    func testAFixedKeyIsNeverAlsoAStandardRow() {
        let odd = Kenmerk(sleutel: "licentie", naam: "Licentie als standaard", leeg: "-")
        let a = VergelijkProfiel(id: "a", naam: "A", waarden: [:], standaarden: [odd])
        XCTAssertEqual(Vergelijking([a], vast: vast).rijen.map(\.kenmerk.sleutel), ["leverancier", "licentie", "versies"])
    }
}
