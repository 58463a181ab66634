import XCTest
import JSON
@testable import Demo

/// The gemeenten are the real CBS list; above scale 1 fictional ones are added, clearly marked.
final class DemoGemeentenTests: XCTestCase {
    private var gemeenten: [JSON] {
        DemoFixture.smallCatalogue["organisaties"].filter { $0["type"]?.string == "Gemeente" && $0["status"]?.string == "Actief" }
    }

    func testThe342RealGemeentenWithTheirCBSCodes() throws {
        XCTAssertEqual(gemeenten.count, 342)
        let codes = gemeenten.compactMap { $0["cbsCode"]?.string }
        XCTAssertEqual(Set(codes).count, 342)
        XCTAssertEqual(codes, codes.sorted())
        var byCode: [String: JSON] = [:]
        for gemeente in gemeenten { byCode[gemeente["cbsCode"]?.string ?? ""] = gemeente }
        let amsterdam = try XCTUnwrap(byCode["GM0363"])
        XCTAssertEqual(amsterdam["naam"]?.string, "Amsterdam")
        XCTAssertEqual(amsterdam["provincie"]?.string, "Noord-Holland")
        XCTAssertEqual(amsterdam["inwonertal"]?.int, 931_298)
        let spotChecks = [
            "GM0518": "'s-Gravenhage", "GM1900": "Súdwest-Fryslân", "GM1970": "Noardeast-Fryslân",
            "GM1978": "Molenlanden", "GM1979": "Eemsdelta", "GM1980": "Dijk en Waard", "GM1982": "Land van Cuijk",
            "GM1991": "Maashorst", "GM1992": "Voorne aan Zee", "GM0820": "Nuenen, Gerwen en Nederwetten",
        ]
        for (code, naam) in spotChecks { XCTAssertEqual(byCode[code]?["naam"]?.string, naam, code) }
        XCTAssertNil(byCode["GM0457"], "Weesp is opgegaan in Amsterdam")
        XCTAssert(gemeenten.allSatisfy { ($0["inwonertal"]?.int ?? 0) > 0 })
    }

    func testProvincesMatchTheCBSCounts() {
        var perProvincie: [String: Int] = [:]
        for gemeente in gemeenten { perProvincie[gemeente["provincie"]?.string ?? "", default: 0] += 1 }
        XCTAssertEqual(perProvincie, [
            "Noord-Brabant": 56, "Gelderland": 51, "Zuid-Holland": 50, "Noord-Holland": 44, "Limburg": 31,
            "Utrecht": 26, "Overijssel": 25, "Fryslân": 18, "Zeeland": 13, "Drenthe": 12, "Groningen": 10, "Flevoland": 6,
        ])
    }

    func testAbolishedGemeentenPointAtTheirSuccessor() throws {
        let organisaties = DemoFixture.smallCatalogue["organisaties"]
        let weesp = try XCTUnwrap(organisaties.first { $0["cbsCode"]?.string == "GM0457" })
        XCTAssertEqual(weesp["status"]?.string, "Deactief")
        let successor = organisaties.first { $0["id"] == weesp["opgegaanIn"] }
        XCTAssertEqual(successor?["cbsCode"]?.string, "GM0363")
    }

    func testFictionalGemeentenAboveScaleOne() {
        var random = SplitMix64(seed: 7)
        let all = Gemeenten.make(count: 342 + 1_100, ids: { "org-\($0)" }, &random)
        let fictional = all.dropFirst(342)
        XCTAssertEqual(fictional.first?.cbsCode, "GM9000")
        XCTAssertEqual(fictional.last?.cbsCode, "GM8099")
        XCTAssertEqual(Set(all.compactMap(\.cbsCode)).count, all.count)
        XCTAssertEqual(Set(all.map(\.naam)).count, all.count, "namen zijn uniek")
        let realNames = Set(GemeenteRecord.all.map(\.naam))
        XCTAssert(fictional.allSatisfy { !realNames.contains($0.naam) && $0.beschrijvingKort?.contains("Verzonnen") == true })
    }
}
