@testable import AMEFFExport
import CatalogusModel
import XCTest

/// Identifiers are valid `xs:ID`s with the "id-" prefix pyarchimate insists on, unique in each
/// file, and the same on every build.
final class IdentifierTests: XCTestCase {
    func testEveryIdentifierIsValidAndUniqueInItsFile() throws {
        for bytes in allFiles(Fixture.index(.gemeenten)) {
            let file = try ExchangeFile(bytes)
            let identifiers = file.identifiers
            XCTAssertEqual(Set(identifiers).count, identifiers.count, "duplicate identifiers")
            for identifier in identifiers where file.definitions[identifier] == nil {
                XCTAssertTrue(Identifier.isValid(identifier), identifier)
            }
            // Property definitions are short and never mistaken for a concept's identifier.
            for identifier in file.definitions.keys {
                XCTAssertNotNil(identifier.wholeMatch(of: /p[0-9]+/), identifier)
            }
        }
    }

    func testTwoBuildsGiveTheSameBytes() {
        XCTAssertEqual(allFiles(Fixture.index(.gemeenten)), allFiles(Fixture.index(.gemeenten)))
        XCTAssertEqual(allFiles(Fixture.index(.publiek)), allFiles(Fixture.index(.publiek)))
    }

    func testIdentifiersDoNotDependOnPositionsInTheCatalogue() throws {
        var catalogus = Fixture.catalogus()
        let before = try ExchangeFile(XCTUnwrap(Fixture.index(.gemeenten).gemeenten?.landschap("gem-1")))
        // Another organisation's line sorted before all others, and another applicatie before app-1.
        catalogus.organisaties.insert(Organisatie(id: "gem-0", naam: "Eerste", type: .gemeente), at: 0)
        catalogus.applicaties.insert(Applicatie(id: "app-0", naam: "Eerste", beschrijvingKort: "", aanbieder: "lev-1"), at: 0)
        catalogus.gebruik.insert(Gebruik(id: "geb-0", afnemer: "gem-0", applicatie: "app-0", status: .gepland), at: 0)
        let index = AMEFFExport.Index(catalogus.visible(to: .gemeenten), pageURL: Fixture.pageURL)
        let after = try ExchangeFile(XCTUnwrap(index.gemeenten?.landschap("gem-1")))
        XCTAssertEqual(Set(before.identifiers), Set(after.identifiers))
    }

    func testNodesAndConnectionsOfOurViewsHaveShortIdentifiers() throws {
        let gemeenten = try XCTUnwrap(Fixture.index(.gemeenten).gemeenten)
        let file = try ExchangeFile(XCTUnwrap(gemeenten.architectuur("gem-1")))
        let ours = file.views.filter { $0.attributes["identifier"]?.hasPrefix("id-swc-view-") == true }
        XCTAssertEqual(ours.count, 2)
        let nodes = ours.flatMap { $0.descendants("node") }.compactMap { $0.attributes["identifier"] }
        XCTAssertTrue(nodes.contains("id-swc-nl.swc-app.app-2"), "\(nodes)")
        XCTAssertTrue(nodes.contains("id-swc-nk.swc-ver.ver-1"), "\(nodes)")
        let connections = ours.flatMap { $0.all("connection") }.compactMap { $0.attributes["identifier"] }
        XCTAssertTrue(connections.contains("id-swc-cl.gebruik.geb-1"), "\(connections)")
        XCTAssertTrue(connections.contains("id-swc-ck.koppeling.kop-1"), "\(connections)")
        // Applicaties placed in a GEMMA node: that node and the element, each without "id-".
        let placed = file.views.flatMap { $0.descendants("node") }.compactMap { $0.attributes["identifier"] }.filter { $0.hasPrefix("id-swc-in.") }
        XCTAssertEqual(Set(placed), ["id-swc-in.n-zaak.swc-ver.ver-1", "id-swc-in.n-doc.swc-ver.ver-1", "id-swc-in.n-doc.swc-app.app-2"])
    }

    func testSanitisingKeepsDifferentIdsApart() {
        let ids = ["a.b", "a_2eb", "a b", "a_20b", "A", "a", "é", "_c3_a9", "12-3"]
        let sanitised = ids.map(Identifier.sanitised)
        XCTAssertEqual(Set(sanitised).count, ids.count)
        XCTAssertEqual(Identifier.sanitised("app-00154"), "app-00154")
        XCTAssertEqual(Identifier.ours("app", "a b"), "id-swc-app.a_20b")
        XCTAssertTrue(sanitised.map { Identifier.ours("x", $0) }.allSatisfy(Identifier.isValid))
    }

    func testGemmaIdentifiersAreKeptWhenSafe() {
        XCTAssertEqual(Identifier.gemma("id-0777c4b6-e7c5-4a"), "id-0777c4b6-e7c5-4a")
        XCTAssertEqual(Identifier.gemma("0777c4b6"), "id-swc-g.0777c4b6")
        XCTAssertEqual(Identifier.gemma("id-swc-app.x"), "id-swc-g.id-swc-app_2ex", "never mistaken for one of ours")
        XCTAssertEqual(Identifier.gemma("id-a b"), "id-swc-g.id-a_20b")
    }
}
