import CatalogusModel
@testable import Insight
import XCTest

/// Buren: pairs in use, Jaccard similarity, the four criteria, ties.
final class BurenTests: XCTestCase {
    let landschappen = Landschappen(BurenFixture.catalogus())

    func testLandscapeIsPairsOfLinesInUseAndALineWithoutComponentCountsForItsApplicatie() {
        XCTAssertEqual(Set(landschappen.invullingen("gem-b").map { "\($0.referentiecomponent)/\($0.applicatie)" }), ["rc1/app2", "rc2/app3"],
                       "Beedorp's Uitgefaseerd line of app1 does not count")
        XCTAssertTrue(landschappen.invullingen("gem-c").contains(Invulling(referentiecomponent: "rc3", applicatie: "app4")),
                      "Ceestad's line without referentiecomponent counts for app4's rc3")
        XCTAssertEqual(landschappen.gemeenten.map(\.naam), ["Aastad", "Beedorp", "Ceestad", "Deedorp"], "Eestad went up in Deedorp")
    }

    func testSimilarityIsJaccardOfThePairs() {
        XCTAssertEqual(landschappen.overeenkomst("gem-a", "gem-c"), Overeenkomst(gedeeld: 1, samen: 4))
        XCTAssertEqual(landschappen.overeenkomst("gem-b", "gem-c").procent, 67, "2 of 3, rounded")
        XCTAssertEqual(landschappen.overeenkomst("gem-a", "gem-b").procent, 0)
        XCTAssertEqual(Overeenkomst(gedeeld: 1, samen: 8).procent, 13, "12.5 rounds half up")
        XCTAssertTrue(Overeenkomst(gedeeld: 2, samen: 3).isGroter(dan: Overeenkomst(gedeeld: 1, samen: 2)))
        XCTAssertFalse(Overeenkomst(gedeeld: 1, samen: 2).isGroter(dan: Overeenkomst(gedeeld: 2, samen: 4)), "equal fractions are a tie")
    }

    func testBurenAreTheMostAlikePerCriterionTogetherMostAlikeFirst() throws {
        let buren = BurenIndex(landschappen).buren
        let a = try XCTUnwrap(buren["gem-a"])
        XCTAssertEqual(a.map(\.gemeente), ["gem-c", "gem-b"])
        XCTAssertEqual(a[1].samenwerkingen, ["sw1"])
        XCTAssertTrue(a[1].zelfdeProvincie && a[1].vergelijkbareGrootte && !a[1].meestGelijk, "Beedorp shares nothing of the landscape")
        XCTAssertTrue(a[0].vergelijkbareGrootte && a[0].meestGelijk && !a[0].zelfdeProvincie)
        XCTAssertEqual(buren["gem-b"]?.map(\.gemeente), ["gem-c", "gem-d", "gem-a"])
        XCTAssertEqual(buren["gem-d"]?.map(\.gemeente), ["gem-b", "gem-c"], "Deedorp: no one of its size")
        XCTAssertNil(buren["gem-e"])
    }

    func testSimilarSizeIsAtMostOneAndAHalfTimes() {
        XCTAssertTrue(BurenIndex.vergelijkbaar(10_000, 15_000))
        XCTAssertFalse(BurenIndex.vergelijkbaar(10_000, 15_001))
        XCTAssertFalse(BurenIndex.vergelijkbaar(nil, 10_000))
    }

    func testEachCriterionGivesAtMostFiveAndTiesGoByName() throws {
        let landschappen = Landschappen(BurenFixture.catalogus { c in
            // Eight more gemeenten in P3, all with the same landscape as Xstad, none alike in size.
            c.organisaties += [BurenFixture.gemeente("gem-x", "Xstad", "P3", nil)]
            c.gebruik += [BurenFixture.line("x1", "gem-x", "app4", .inProductie, rc: ["rc3"])]
            for (n, naam) in ["Hoorn", "Gouda", "Zwolle", "Assen", "Breda", "Ede", "Urk", "Epe"].enumerated() {
                c.organisaties.append(BurenFixture.gemeente("gem-p\(n)", naam, "P3", nil))
                c.gebruik.append(BurenFixture.line("p\(n)", "gem-p\(n)", "app4", .inProductie, rc: ["rc3"]))
            }
        })
        let x = try XCTUnwrap(BurenIndex(landschappen).buren["gem-x"])
        // Provincie: the five first by name of the eight equals; landschap: the same five (Ceestad shares 1 of 3, less).
        let namen = Dictionary(uniqueKeysWithValues: landschappen.catalogus.organisaties.map { ($0.id, $0.naam) })
        XCTAssertEqual(x.map { namen[$0.gemeente] }, ["Assen", "Breda", "Ede", "Epe", "Gouda"])
    }
}

/// Deelnames in a community are not a samenwerking.
final class BurenCommunityTests: XCTestCase {
    func testCommunityIsNoSamenwerking() throws {
        let landschappen = Landschappen(BurenFixture.catalogus { c in
            c.organisaties.append(Organisatie(id: "com", naam: "Community", type: .community))
            for i in c.organisaties.indices where ["gem-a", "gem-d"].contains(c.organisaties[i].id) { c.organisaties[i].deelnames.append("com") }
        })
        let a = try XCTUnwrap(BurenIndex(landschappen).buren["gem-a"])
        XCTAssertFalse(a.contains { $0.gemeente == "gem-d" }, "Deedorp shares only a community with Aastad")
    }
}
