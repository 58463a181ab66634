import Search
import XCTest

final class RankingTests: XCTestCase {
    private let engine = Fixture.engine()

    private func names(_ query: String, filters: [String: Set<String>] = [:]) -> [String] {
        engine.search(query, filters: filters).hits.compactMap { engine.display($0.record)?.naam }
    }

    func testExactNameBeforeNamePrefixBeforeNameBeforeElsewhere() {
        let hits = engine.search("zaaksysteem").hits
        XCTAssertEqual(hits.compactMap { engine.display($0.record)?.naam }, ["Zaaksysteem", "Zaaksysteem Één", "Hosting Zaaksysteem", "Belastingpakket"])
        XCTAssertEqual(hits.map(\.tier), [.exactName, .namePrefix, .inName, .elsewhere])
    }

    func testEveryWordMustMatchAndTheLastMayBeAPrefix() {
        XCTAssertEqual(names("zaaksysteem e"), names("zaaksysteem"), "a last word of one letter is still being typed")
        XCTAssertEqual(names("zaaksysteem ee"), ["Zaaksysteem Één"])
        XCTAssertEqual(engine.search("zaaksysteem een").hits.first?.tier, .exactName)
        XCTAssertEqual(names("een zaaksysteem"), ["Zaaksysteem Één"])
        XCTAssertEqual(engine.search("een zaaksysteem").hits.first?.tier, .inName)
        XCTAssertEqual(names("zaak"), ["Zaaksysteem", "Zaaksysteem Één", "Open Zaak", "Hosting Zaaksysteem", "Belastingpakket"], "a name that starts with the word before one that has it later")
        XCTAssertEqual(names("hosting acme"), [])
    }

    func testOneLetterWaitsForTheSecond() {
        XCTAssertTrue(engine.search("z").hits.isEmpty)
        XCTAssertFalse(engine.search("za").hits.isEmpty)
    }

    func testDiacriticsAndCaseDoNotMatter() {
        XCTAssertEqual(names("ZAAKSYSTEEM één"), ["Zaaksysteem Één"])
    }

    func testTyposOfOneEditInWordsOfFiveLettersOrMore() {
        XCTAssertEqual(names("zaaksysteme"), ["Zaaksysteem", "Zaaksysteem Één", "Hosting Zaaksysteem", "Belastingpakket"], "swapped letters")
        XCTAssertEqual(names("belsating"), ["Belastingpakket"], "a typo in the start of a longer term")
        XCTAssertEqual(names("zaek"), [], "four letters: no typos")
        XCTAssertEqual(names("azaksysteem"), [], "the first two letters must be right")
        let clean = engine.search("zaaksysteem").hits, typo = engine.search("zaaksysteme").hits
        XCTAssertEqual(clean.map(\.typos), [0, 0, 0, 0])
        XCTAssertEqual(typo.map(\.typos), [1, 1, 1, 1])
    }

    func testFacetsFilterAndCountEachFacetWithoutItsOwnChoice() {
        let all = engine.search("zaak")
        XCTAssertEqual(all.counts["leverancier"], ["acme-software": 3, "beta-bv": 2])
        XCTAssertEqual(all.counts["type"], ["applicatie": 4, "dienst": 1])
        XCTAssertEqual(all.counts["cloudmodel"], ["saas": 2])
        let acme = engine.search("zaak", filters: ["leverancier": ["acme-software"]])
        XCTAssertEqual(acme.hits.compactMap { engine.display($0.record)?.naam }, ["Zaaksysteem", "Open Zaak", "Hosting Zaaksysteem"])
        XCTAssertEqual(acme.counts["leverancier"], ["acme-software": 3, "beta-bv": 2], "its own choice does not narrow a facet's counts")
        XCTAssertEqual(acme.counts["type"], ["applicatie": 2, "dienst": 1])
        let both = engine.search("zaak", filters: ["leverancier": ["acme-software", "beta-bv"], "type": ["applicatie"]])
        XCTAssertEqual(both.hits.count, 4, "values of one facet widen, facets narrow")
        XCTAssertNil(both.counts["onbekend"])
    }

    func testFacetsWithoutAQueryBrowse() {
        XCTAssertEqual(names("", filters: ["cloudmodel": ["saas"]]), ["Open Zaak", "Zaaksysteem"])
        XCTAssertTrue(engine.search("").hits.isEmpty)
    }

    func testAQueryReadsOnlyTheFilesItNeeds() {
        let result = engine.search("stuf zaak")
        XCTAssertEqual(result.files, ["terms/za.json"], "no term starts with st, so there is no such file; no hits, so no facet files")
        let zaak = engine.search("zaak")
        XCTAssertEqual(zaak.files, ["terms/za.json", "facets/leverancier.json", "facets/referentiecomponent.json", "facets/cloudmodel.json"])
        XCTAssertEqual(engine.chunkFiles(for: zaak.hits, count: 2), ["records/1.json"])
        XCTAssertEqual(engine.search("zoeken").files, ["terms/zo.json"], "a page has no facets")
    }
}
