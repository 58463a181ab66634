import Foundation
import FoundationXML
@testable import SVG
import XCTest

final class FlowDiagramTests: XCTestCase {
    private func drawing() -> String {
        let boxes = [
            FlowDiagram.Box(label: "Zaaksysteem & <Eén>", tooltip: "Zaaksysteem & <Eén>", href: "/applicaties/zaaksysteem/"),
            FlowDiagram.Box(label: "Een applicatie met een heel erg lange naam die niet past", tooltip: "lang"),
            FlowDiagram.Box(label: "DigiD", tooltip: "DigiD (landelijke voorziening)", inBand: true),
        ]
        let lines = [
            FlowDiagram.Line(from: 0, to: 1, arrowAtFrom: false, arrowAtTo: true, tooltip: "api; standaard ZGW API's 1.5"),
            FlowDiagram.Line(from: 0, to: 2, arrowAtFrom: true, arrowAtTo: true, tooltip: "webservices", stroke: .dashed),
        ]
        let svg = FlowDiagram.draw(boxes, lines, texts: .init(title: "Informatiestromen van Utrecht", heading: "Applicaties", bandHeading: "Landelijke voorzieningen"))
        return String(decoding: svg.file, as: UTF8.self)
    }

    /// Element names in document order, and the text of each `<title>`.
    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var titles: [String] = []
        var inTitle = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
            if name == "title" { inTitle = true; titles.append("") }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { titles[titles.count - 1] += string }
        }
    }

    func testDrawingIsWellFormedWithATitleOnEveryLineAndBox() throws {
        let parser = XMLParser(data: Data(drawing().utf8))
        let collector = Collector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertEqual(Array(collector.elements.prefix(2)), ["svg", "title"])
        XCTAssertEqual(collector.titles.first, "Informatiestromen van Utrecht")
        for tooltip in ["api; standaard ZGW API's 1.5", "webservices", "Zaaksysteem & <Eén>", "lang", "DigiD (landelijke voorziening)"] {
            XCTAssertTrue(collector.titles.contains(tooltip), "no <title> \(tooltip): \(collector.titles)")
        }
    }

    func testArrowsBandAndLinks() {
        let out = drawing()
        XCTAssertEqual(out.components(separatedBy: "marker-end=").count - 1, 2)
        XCTAssertEqual(out.components(separatedBy: "marker-start=").count - 1, 1, "only the bi-directional line has two arrowheads")
        XCTAssertTrue(out.contains(">Landelijke voorzieningen</text>"))
        XCTAssertTrue(out.contains("<a href=\"/applicaties/zaaksysteem/\">"))
        XCTAssertTrue(out.contains(">Zaaksysteem &amp; &lt;Eén&gt;</tspan>"))
        XCTAssertTrue(out.contains("stroke-dasharray=\"7 4\""))
        XCTAssertFalse(out.contains("style="))
    }

    func testLongLabelsTakeTwoLinesAndAreShortened() {
        XCTAssertEqual(FlowDiagram.labelLines("DigiD"), ["DigiD"])
        XCTAssertEqual(FlowDiagram.labelLines("Meeuwplan Generiek zaakafhandel Pro"), ["Meeuwplan Generiek", "zaakafhandel Pro"])
        XCTAssertEqual(FlowDiagram.labelLines("Een applicatie met een heel erg lange naam die niet past"), ["Een applicatie met", "een heel erg lange…"])
        XCTAssertEqual(FlowDiagram.labelLines("Onafgebrokenlangewoordzonderspaties"), ["Onafgebrokenlangewoo…"])
    }
}
