@testable import AMEFFExport
import XCTest

/// Views people can read: no box on another, children inside their parent, room for names.
final class LayoutTests: XCTestCase {
    func testOwnViewsHaveNoOverlapsAndAConnectionPerRelationship() throws {
        for bytes in allFiles(Fixture.index(.gemeenten)) {
            let file = try ExchangeFile(bytes)
            for view in file.views {
                assertReadable(view.all("node"))
                for node in view.descendants("node") where node.attributes["xsi:type"] == "Element" {
                    XCTAssertNotNil(file.elements[node.attributes["elementRef"] ?? ""], "node refers to a missing element")
                }
                let nodeIDs = Set(view.descendants("node").compactMap { $0.attributes["identifier"] })
                for connection in view.all("connection") {
                    XCTAssertTrue(nodeIDs.contains(connection.attributes["source"] ?? ""))
                    XCTAssertTrue(nodeIDs.contains(connection.attributes["target"] ?? ""))
                }
            }
            // Own views draw every relationship between their nodes.
            if let first = file.views.first, file.views.count == 1 {
                XCTAssertEqual(first.all("connection").count, file.relationships.count)
            }
        }
    }

    func testApplicatiesArePlacedInsideTheirReferentiecomponenten() throws {
        let file = try ExchangeFile(XCTUnwrap(Fixture.index(.gemeenten).gemeenten?.architectuur("gem-1")))
        let view = try XCTUnwrap(file.views.first { $0.attributes["identifier"] == "id-view-1" })
        assertReadable(view.all("node"))
        let nodes = view.descendants("node")
        let inside = { (rc: String) in
            nodes.first { $0.attributes["elementRef"] == rc }?.all("node").compactMap { file.elements[$0.attributes["elementRef"]!]?.properties["Object ID"] }
        }
        XCTAssertEqual(inside("id-rc-zaak"), ["ver-1"])
        XCTAssertEqual(inside("id-rc-doc"), ["app-2", "ver-1"], "sorted by name: Documentsysteem, Zaak…")
        // The box grew for its two applicaties and the standaard below moved down with it.
        let doc = try XCTUnwrap(nodes.first { $0.attributes["elementRef"] == "id-rc-doc" })
        XCTAssertGreaterThan(Box(doc).h, 80)
        let stuf = try XCTUnwrap(nodes.first { $0.attributes["elementRef"] == "id-stuf" })
        XCTAssertGreaterThan(Box(stuf).y, 260)
        XCTAssertEqual(Box(stuf).h, 55)
    }

    func testOnlyViewsWithSomethingPlacedAreInTheFile() throws {
        let gemeenten = try XCTUnwrap(Fixture.index(.gemeenten).gemeenten)
        let file = try ExchangeFile(XCTUnwrap(gemeenten.architectuur("gem-1")))
        XCTAssertEqual(file.views.compactMap { $0.attributes["identifier"] }.filter { !$0.hasPrefix("id-swc-") }, ["id-view-1"])
        // What only the left-out view shows is left out with it.
        XCTAssertNil(file.elements["id-bf-zaken"])
        XCTAssertFalse(file.relationships.contains { $0.identifier == "id-r-2" })
        XCTAssertNotNil(file.elements["id-stuf"], "shown in the view that is in the file")
        let documentation = try XCTUnwrap(file.root.child("documentation")?.text)
        XCTAssertTrue(documentation.contains("Niet opgenomen, omdat er geen applicatie van"), documentation)
        XCTAssertTrue(documentation.contains("\u{201C}Standaarden\u{201D}"), documentation)
        XCTAssertFalse(documentation.contains("Referentiecomponenten"), documentation)

        // gem-2 uses app-1 for no referentiecomponent: no GEMMA view at all, and the file says so.
        let other = try ExchangeFile(XCTUnwrap(gemeenten.architectuur("gem-2")))
        XCTAssertEqual(other.views.count, 2, "landscape and koppelingen only")
        XCTAssertNil(other.elements["id-stuf"])
        XCTAssertTrue(other.root.child("documentation")?.text.contains("\u{201C}Referentiecomponenten\u{201D}, \u{201C}Standaarden\u{201D}") == true)
    }

    func testViewsKeepGemmasDrawingAroundWhatIsPlaced() throws {
        let file = try ExchangeFile(XCTUnwrap(Fixture.index(.gemeenten).gemeenten?.architectuur("gem-1")))
        let view = try XCTUnwrap(file.views.first { $0.attributes["identifier"] == "id-view-1" })
        let nodes = view.descendants("node")
        let group = try XCTUnwrap(nodes.first { $0.attributes["identifier"] == "id-n-group" })
        XCTAssertEqual([Box(group).x, Box(group).y], [10, 10], "nothing placed above or left of it")
        XCTAssertEqual(view.child("connection")?.child("bendpoint")?.attributes["x"], "90")
        // Colours as GEMMA draws them; opacity only when it is not opaque, the default.
        let style = try XCTUnwrap(group.child("style"))
        XCTAssertEqual(style.child("fillColor")?.attributes, ["r": "240", "g": "240", "b": "240"])
        XCTAssertEqual(style.child("lineColor")?.attributes["a"], "50")
    }

    func testGemmaLinksAndLinesSurvive() throws {
        let file = try ExchangeFile(XCTUnwrap(Fixture.index(.gemeenten).gemeenten?.architectuur("gem-1")))
        let view = try XCTUnwrap(file.views.first { $0.attributes["identifier"] == "id-view-1" })
        let labels = view.all("node").filter { $0.attributes["xsi:type"] == "Label" }
        XCTAssertEqual(labels.map { $0.child("viewRef")?.attributes["ref"] }, ["id-view-1", nil, nil],
                       "links to a view not published for the catalogue, or not in this file, are dropped")
        XCTAssertEqual(labels.map { $0.child("label")?.text }, ["Zie ook", "Elders", "Standaarden"], "the text stays")
        let line = try XCTUnwrap(view.all("connection").first { $0.attributes["identifier"] == "id-c-2" })
        XCTAssertEqual(line.attributes["xsi:type"], "Line")
        XCTAssertNil(line.attributes["relationshipRef"])
    }

    func testStretchMakesRoomWithoutReordering() {
        let stretch = Stretch([(start: 50, end: 130, extra: 40), (start: 0, end: 200, extra: 30), (start: 140, end: 160, extra: 0)])
        XCTAssertEqual(stretch.map(50), 50)
        XCTAssertEqual(stretch.map(130), 170, "the box grew by what it needed")
        XCTAssertEqual(stretch.map(140), 180, "what was below moved with it")
        XCTAssertEqual(stretch.map(200) - stretch.map(0), 240, "the enclosing box already had 40 of its 30")
        XCTAssertEqual(Stretch.none.map(17), 17)
    }

    func testLongNamesGetBiggerBoxes() {
        XCTAssertEqual(LabelSize.box("Kort").w, 120)
        let long = LabelSize.box(String(repeating: "Zaakregistratiecomponent ", count: 4))
        XCTAssertEqual(long.w, 240)
        XCTAssertGreaterThan(long.h, 55)
    }
}
