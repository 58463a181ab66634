import XCTest
import Mustache

final class RenderingTests: XCTestCase {
    func testSectionsFollowTruthiness() {
        let value: MustacheValue = ["leeg": "", "nul": 0, "lijst": [], "object": [:], "tekst": "ja", "niets": .null]
        XCTAssertEqual(render("{{#leeg}}a{{/leeg}}{{#nul}}b{{/nul}}{{#lijst}}c{{/lijst}}{{#niets}}d{{/niets}}", value), "")
        XCTAssertEqual(render("{{#object}}e{{/object}}{{#tekst}}{{.}}{{/tekst}}", value), "eja")
        XCTAssertEqual(render("{{^leeg}}1{{/leeg}}{{^lijst}}2{{/lijst}}{{^niets}}3{{/niets}}{{^tekst}}4{{/tekst}}", value), "123")
    }

    func testListsPushEachElementAndParentsStayVisible() {
        let value: MustacheValue = [
            "label": "Menu",
            "items": [["titel": "Home", "url": "/"], ["titel": "Over", "url": "/over/"]],
        ]
        XCTAssertEqual(render("{{#items}}<a href=\"{{url}}\">{{titel}} ({{label}})</a>{{/items}}", value),
                       "<a href=\"/\">Home (Menu)</a><a href=\"/over/\">Over (Menu)</a>")
    }

    func testDottedNames() {
        let value: MustacheValue = ["pagina": ["aanbieder": ["naam": "Acme"]]]
        XCTAssertEqual(render("{{pagina.aanbieder.naam}}", value), "Acme")
    }

    func testStandaloneSectionLinesLeaveNoBlankLines() {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n"
        XCTAssertEqual(render(template, ["items": ["a", "b"]]), "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    func testStandalonePartialIsIndented() throws {
        let set = try XCTUnwrap(makeSet(["p": "<main>\n  {{>regels}}\n</main>\n", "regels": "<p>a</p>\n<p>b</p>\n"]))
        XCTAssertEqual(try set.render("p", [:]), "<main>\n  <p>a</p>\n  <p>b</p>\n</main>\n")
    }

    func testConvertibleValues() {
        let titels: [String] = ["a", "b"]
        let ontbrekend: Int? = nil
        let value: MustacheValue = ["titels": titels.mustacheValue, "aantal": 2.mustacheValue,
                                    "ontbrekend": ontbrekend.mustacheValue, "vlag": true.mustacheValue]
        XCTAssertEqual(value, ["titels": ["a", "b"], "aantal": 2, "ontbrekend": .null, "vlag": true])
        XCTAssertEqual(render("{{#titels}}{{.}}{{/titels}} {{aantal}} [{{ontbrekend}}] {{vlag}}", value), "ab 2 [] true")
    }

    func testRenderIntoAppendsToBuffer() throws {
        let set = try XCTUnwrap(makeSet(["a": "{{x}};"]))
        var output = "begin:"
        try set.render("a", ["x": 1], into: &output)
        try set.render("a", ["x": 2], into: &output)
        XCTAssertEqual(output, "begin:1;2;")
    }

    func testNamesAreSorted() throws {
        let set = try XCTUnwrap(makeSet(["pagina": "", "base": "", "partials/menu": ""]))
        XCTAssertEqual(set.names, ["base", "pagina", "partials/menu"])
    }

    func testUnknownTemplateNameIsAnError() throws {
        let set = try XCTUnwrap(makeSet(["base": ""]))
        XCTAssertThrowsError(try set.render("bestaat-niet", [:]))
    }
}
