import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SVG
import XCTest

/// GEMMA-style view drawings: well-formed XML with a title, links and tooltips, labels kept
/// inside their boxes, ArchiMate arrowheads, and overlays of names.
final class ViewDrawingTests: XCTestCase {
    private func sample() -> ViewDrawing {
        let boxes = [
            ViewBox(shape: .grouping, x: 0, y: 0, w: 500, h: 300, label: "Groep & <zo>"),
            ViewBox(shape: .applicationComponent, x: 20, y: 40, w: 220, h: 80, label: "Zaakregistratiecomponent",
                    fill: ViewColor(r: 210, g: 227, b: 243), line: ViewColor(r: 0, g: 0, b: 0), fontSize: 12,
                    link: "/referentiecomponenten/zaakregistratiecomponent/", tooltip: "Zaakregistratiecomponent (3 applicaties)\n\nRegistreert zaken \"en\" <meer>",
                    badge: "3"),
            ViewBox(shape: .applicationService, x: 260, y: 40, w: 220, h: 80, label: "Zaken registreren"),
            ViewBox(shape: .businessFunction, x: 20, y: 160, w: 220, h: 80, label: "Functie"),
            ViewBox(shape: .label, x: 260, y: 160, w: 220, h: 80, label: "Een notitie"),
        ]
        let connections = [
            ViewConnection(kind: .realization, source: 1, target: 2),
            ViewConnection(kind: .composition, source: 3, target: 1, bendpoints: [ViewPoint(x: 130, y: 140)]),
            ViewConnection(kind: .flow, source: 1, target: 9),  // an end that is not there: left out
        ]
        return ViewDrawing(width: 510, height: 310, title: "GEMMA-view Voorbeeld", description: "Uitleg",
                           boxes: boxes, connections: connections)
    }

    /// Foundation's XML parser accepts the bytes; the root's first child is `<title>`.
    private func parse(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let parser = XMLParser(data: Data(bytes))
        let collector = ElementCollector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))", file: file, line: line)
        return collector.names
    }

    func testStandaloneAndInlineAreWellFormedWithTitleFirst() {
        let drawing = sample()
        let file = drawing.svg(idPrefix: "gv-x", standalone: true)
        let inline = drawing.svg(idPrefix: "gv-x", standalone: false)
        XCTAssertTrue(String(decoding: file, as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        XCTAssertTrue(String(decoding: inline, as: UTF8.self).hasPrefix("<svg "))
        for bytes in [file, inline] {
            let names = parse(bytes)
            XCTAssertEqual(Array(names.prefix(2)), ["svg", "title"])
        }
    }

    func testReferentiecomponentIsALinkWithItsDefinitionOnHoverAndItsCount() {
        let out = String(decoding: sample().svg(idPrefix: "gv-x", standalone: false), as: UTF8.self)
        XCTAssertTrue(out.contains("<a href=\"/referentiecomponenten/zaakregistratiecomponent/\"><title>Zaakregistratiecomponent (3 applicaties)\n\nRegistreert zaken \"en\" &lt;meer&gt;</title>"), out)
        XCTAssertTrue(out.contains(">3</text>"), out)
        XCTAssertTrue(out.contains("Groep &amp; &lt;zo&gt;"), out)
    }

    func testArrowheadsFollowTheRelationshipAndUnknownEndsAreLeftOut() {
        let drawing = sample()
        XCTAssertEqual(drawing.connections.count, 2)
        let out = String(decoding: drawing.svg(idPrefix: "gv-x", standalone: false), as: UTF8.self)
        XCTAssertTrue(out.contains("stroke-dasharray=\"6 3\" marker-end=\"url(#gv-x-hollowTriangle)\""), out)
        XCTAssertTrue(out.contains("marker-start=\"url(#gv-x-filledDiamond)\""), out)
        XCTAssertTrue(out.contains("<marker id=\"gv-x-hollowTriangle\""), out)
        XCTAssertFalse(out.contains("gv-x-filledArrow"), "only the markers in use are defined")
    }

    func testLineEndsOnTheBoxBorders() {
        let drawing = sample()
        let points = drawing.route(drawing.connections[0])
        XCTAssertEqual(points.first, ViewPoint(x: 240, y: 80))  // right edge of box 1
        XCTAssertEqual(points.last, ViewPoint(x: 260, y: 80))  // left edge of box 2
    }

    func testLabelsStayInsideTheirBoxes() {
        let long = "Registratiecomponent voor heel erg lange namen die nooit in een vak van deze grootte passen zonder af te breken"
        let box = ViewBox(shape: .applicationComponent, x: 0, y: 0, w: 120, h: 40, label: long, fontSize: 12)
        let drawing = ViewDrawing(width: 120, height: 40, title: "t", boxes: [box])
        let lines = drawing.labelLines[0]
        XCTAssertEqual(lines.count, 2, "40 px high holds two lines of 12 px")
        XCTAssertTrue(lines.last!.hasSuffix("…"))
        XCTAssertLessThanOrEqual(TextFit.width(lines[0], fontSize: 12), 120 - 2 * 20, "clear of the icon")
        for line in lines { XCTAssertLessThanOrEqual(TextFit.width(line, fontSize: 12), 120 - 2 * 4) }
    }

    func testALongFirstWordStartsBelowTheIconInsteadOfBreaking() {
        let box = ViewBox(shape: .applicationComponent, x: 0, y: 0, w: 200, h: 80, label: "Verwerkingenloggingcomponent", fontSize: 12)
        let drawing = ViewDrawing(width: 200, height: 80, title: "t", boxes: [box])
        XCTAssertEqual(drawing.labelLines[0], ["", "Verwerkingenloggingcomponent"])
        let out = String(decoding: drawing.svg(idPrefix: "p", standalone: false), as: UTF8.self)
        XCTAssertTrue(out.contains("<tspan x=\"100\" y=\"30.4\">Verwerkingenloggingcomponent</tspan>"), out)
    }

    func testLongWordsBreakAtAHyphen() {
        let lines = TextFit.lines("Ketenpartner-portaalcomponent", width: 120, fontSize: 12, maxLines: 3)
        XCTAssertEqual(lines, ["Ketenpartner-", "portaalcomponent"])
        XCTAssertEqual(TextFit.lines("", width: 50, fontSize: 12, maxLines: 2), [""])
    }

    func testOverlayWritesOnlyBoxesWithNamesAndSaysHowManyMore() {
        let slot = ViewRect(x: 3, y: 30, w: 214, h: 40)  // room for three lines
        let targets = [
            ViewOverlay.Target(slot: slot, link: "/referentiecomponenten/z/", label: "Z"),
            ViewOverlay.Target(slot: slot, link: nil, label: "Leeg"),
        ]
        let overlay = ViewOverlay(width: 300, height: 100, idPrefix: "gv-x", targets: targets, rooms: ViewOverlay.rooms(targets))
        let table = ViewOverlay.NameTable(["A & co", "B", "C", "D"], rooms: ViewOverlay.rooms(targets))
        let out = overlay.svg(title: "Utrecht op GEMMA-view X", items: [(0, 0), (1, 1)], lists: [[0, 1, 2, 3], []], table: table)
        XCTAssertEqual(Array(parse(Array(out.utf8)).prefix(2)), ["svg", "title"])
        XCTAssertTrue(out.contains("<a href=\"/referentiecomponenten/z/\"><title>Z: A &amp; co, B, C, D</title><rect"), out)
        let fits = overlay.svg(title: "t", items: [(0, 0)], lists: [[0, 1]], table: table)
        XCTAssertTrue(fits.contains("<title>Z</title><rect"), "all names shown: the tooltip names the box only")
        XCTAssertTrue(out.contains(">A &amp; co</text>"), out)
        XCTAssertTrue(out.contains(">+ 2 meer</text>"), out)
        XCTAssertFalse(out.contains("Leeg"))
        XCTAssertTrue(out.contains("aria-labelledby=\"gv-x-titel\""))
    }

    func testBytesEscapeLikeStrings() {
        var bytes = SVGBytes()
        let sample = "a&b<c>\"d\"\ne\u{1}f\u{FFFE}g\u{FFFF}h\u{FFFD}é"
        bytes.text(sample)
        XCTAssertEqual(String(decoding: bytes.bytes, as: UTF8.self), SVGEscaping.text(sample))
        var attribute = SVGBytes()
        attribute.attribute("x", sample)
        XCTAssertEqual(String(decoding: attribute.bytes, as: UTF8.self), " x=\"\(SVGEscaping.attribute(sample))\"")
    }

    func testOutputIsTheSameEveryTime() {
        XCTAssertEqual(sample().svg(idPrefix: "a", standalone: true), sample().svg(idPrefix: "a", standalone: true))
    }
}

/// Element names in document order.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        names.append(elementName)
    }
}
