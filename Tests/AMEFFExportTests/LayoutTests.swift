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

    func testViewsWithNothingToPlaceAreGemmasOwn() throws {
        // gem-2 uses app-1 for no referentiecomponent.
        let file = try ExchangeFile(XCTUnwrap(Fixture.index(.gemeenten).gemeenten?.architectuur("gem-2")))
        let view = try XCTUnwrap(file.views.first { $0.attributes["identifier"] == "id-view-1" })
        let boxes = view.descendants("node").map(Box.init)
        XCTAssertEqual(boxes.map { [$0.x, $0.y, $0.w, $0.h] }, Fixture.view().nodes.map { [$0.x, $0.y, $0.w, $0.h] })
        XCTAssertEqual(view.child("connection")?.child("bendpoint")?.attributes["y"], "200")
    }

    func testGemmaLinksAndLinesSurvive() throws {
        let file = try ExchangeFile(XCTUnwrap(Fixture.index(.gemeenten).gemeenten?.architectuur("gem-1")))
        let view = try XCTUnwrap(file.views.first { $0.attributes["identifier"] == "id-view-1" })
        let labels = view.all("node").filter { $0.attributes["xsi:type"] == "Label" }
        XCTAssertEqual(labels.map { $0.child("viewRef")?.attributes["ref"] }, ["id-view-1", nil], "a link to a view not in the file is dropped")
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
