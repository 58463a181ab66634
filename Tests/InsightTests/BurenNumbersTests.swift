import CatalogusModel
import Gemma
@testable import Insight
import XCTest

/// The numbers the buren and advice pages work on (pair codes, places, lines as
/// `LandschapRegel`) say the same as the strings they stand for.
final class BurenNumbersTests: XCTestCase {
    let landschappen = Landschappen(BurenFixture.catalogus())

    func testSharedCountsFromTheInvertedIndexEqualMergingEveryTwoLists() {
        let codes = landschappen.gemeenten.map { landschappen.codes($0.id) }
        let shared = BurenIndex.gedeeld(codes, aantalCodes: landschappen.aantalCodes)
        let n = codes.count
        for i in 0..<n {
            for j in 0..<n where i != j {
                XCTAssertEqual(Int(shared[i * n + j]), Overeenkomst.sharedCount(codes[i], codes[j]), "\(i), \(j)")
            }
        }
        XCTAssertEqual(shared[1 * n + 2], 2, "Beedorp and Ceestad share (rc1, app2) and (rc2, app3)")
    }

    func testLinesInUseAsNumbers() throws {
        let c = landschappen.catalogus
        for gemeente in landschappen.gemeenten {
            let lines = landschappen.landschap(gemeente.id)
            XCTAssertEqual(lines.map(\.positie), landschappen.regels(gemeente.id).filter { c.gebruik[$0].isInGebruik })
            for line in lines {
                let g = c.gebruik[line.positie]
                XCTAssertEqual(line.codes.map { landschappen.invulling(landschappen.regelCodes[$0]) },
                               landschappen.referentiecomponenten(g).map { Invulling(referentiecomponent: $0, applicatie: g.applicatie) })
                XCTAssertEqual(line.applicatie, landschappen.applicatieRang[g.applicatie])
            }
        }
        let rangen = landschappen.componentIDs.map { landschappen.componentRang[landschappen.componentIDs.firstIndex(of: $0)!] }
        XCTAssertEqual(Set(rangen).count, rangen.count, "every referentiecomponent has its own place")
        let byPlace = landschappen.componentIDs.indices.sorted { landschappen.componentRang[$0] < landschappen.componentRang[$1] }
        XCTAssertEqual(byPlace.map { landschappen.componentNamen[landschappen.componentIDs[$0]] }, ["Archiefcomponent", "Klantcomponent", "Zaakcomponent"])
    }

    func testMovesOfSeveralBurenAreOneAdviceWithTheBurenInOrder() throws {
        // Ceestad phases out Beta Zaak for Alfa Zaak on rc1 too; Deedorp uses Beta Zaak on rc1.
        let l = Landschappen(BurenFixture.catalogus { c in
            c.gebruik += [BurenFixture.line("c9", "gem-c", "app1", .inProductie, rc: ["rc1"]),
                          BurenFixture.line("d9", "gem-d", "app2", .inProductie, rc: ["rc1"])]
            for i in c.gebruik.indices where c.gebruik[i].afnemer == "gem-c" && c.gebruik[i].applicatie == "app2" { c.gebruik[i].status = .uitTeFaseren }
        })
        let buren = try XCTUnwrap(BurenIndex(l).buren["gem-d"])
        let advies = AdviesRegels(l).advies("gem-d", buren: buren)
        XCTAssertEqual(advies.overstappen.map { "\($0.van)>\($0.naar)" }, ["app2>app1"])
        XCTAssertEqual(advies.overstappen.first?.gebruik, "d9")
        XCTAssertEqual(advies.overstappen.first?.buren, buren.map(\.gemeente).filter { $0 == "gem-c" })
    }

    func testStandardOnTwoComponentsIsOneAdviceNamingBoth() throws {
        // rc2 requires S too; Ceestad's app2 line names rc1 and rc2.
        let l = Landschappen(BurenFixture.catalogus { c in
            c.gemma.referentiecomponenten[1].standaarden = [StandaardRol(standaard: "S", rol: .verplicht)]
            for i in c.gebruik.indices where c.gebruik[i].afnemer == "gem-c" && c.gebruik[i].applicatie == "app2" { c.gebruik[i].referentiecomponenten = ["rc1", "rc2", "rc1"] }
        })
        let advies = AdviesRegels(l).advies("gem-c", buren: BurenIndex(l).buren["gem-c"] ?? [])
        XCTAssertEqual(advies.standaarden, [StandaardAdvies(applicatie: "app2", standaard: "S", referentiecomponenten: ["rc2", "rc1"], nietOndersteund: ["s1", "s2"])],
                       "Klantcomponent before Zaakcomponent, each once")
    }
}
