import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SVG
import XCTest

final class BarChartTests: XCTestCase {
    private let chart = BarChart(title: "Applicaties per referentiecomponent", description: "De 3 met de meeste applicaties.", bars: [
        BarChart.Bar(label: "Zaak & <registratie>", value: 40, valueText: "40"),
        BarChart.Bar(label: String(repeating: "lang ", count: 30), value: 10, valueText: "10 (25%)", emphasis: true),
        BarChart.Bar(label: "Niets", value: 0, valueText: "0"),
    ])

    /// Parsed with Foundation's XML parser: well-formed, the title first, every label and value there as text.
    func testIsWellFormedXMLWithTitleFirstAndTheNumbersAsText() throws {
        let bytes = chart.document(id: "grafiek-1").file
        let reader = ElementReader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))\n\(String(decoding: bytes, as: UTF8.self))")
        XCTAssertEqual(reader.elements.prefix(3), ["svg", "title", "desc"])
        XCTAssertEqual(reader.texts["title"]?.first, "Applicaties per referentiecomponent")
        XCTAssertEqual(reader.texts["text"], ["Zaak & <registratie>", "40", BarChart.shortened(String(repeating: "lang ", count: 30)), "10 (25%)", "Niets", "0"])
        XCTAssertTrue(reader.texts["title"]?.contains("\(String(repeating: "lang ", count: 30)): 10 (25%)") ?? false, "the whole label as tooltip")
        XCTAssertEqual(reader.attributes["svg"]?["aria-labelledby"], "grafiek-1-titel")
    }

    func testBarsScaleToTheLargestAndStayVisible() {
        let out = String(decoding: chart.document(id: "g").inline, as: UTF8.self)
        XCTAssertTrue(out.contains("class=\"staaf\" x=\"0\" y=\"23\" width=\"510\""), out)
        XCTAssertTrue(out.contains("class=\"staaf nadruk\" x=\"0\" y=\"67\" width=\"127.5\""), out)
        XCTAssertTrue(out.contains("width=\"0\" height=\"16\""), "zero is no bar")
        XCTAssertFalse(out.contains("style="))
        let tiny = BarChart(title: "t", bars: [BarChart.Bar(label: "a", value: 1, valueText: "1"), BarChart.Bar(label: "b", value: 1000, valueText: "1000")])
        XCTAssertTrue(String(decoding: tiny.document(id: "t2").inline, as: UTF8.self).contains("width=\"2\""), "a small value is still a line")
    }
}

/// Collects element names in order, the text inside each kind of element, and the attributes of the first of each.
private final class ElementReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var texts: [String: [String]] = [:]
    var attributes: [String: [String: String]] = [:]
    private var open: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.append(name)
        if self.attributes[name] == nil { self.attributes[name] = attributes }
        open.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if !text.isEmpty { texts[name, default: []].append(text) }
        text = ""
        open.removeLast()
    }
}
