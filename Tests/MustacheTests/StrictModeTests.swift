import XCTest
import Mustache

/// Strict mode turns Mustache's silent fallbacks into located errors.
final class StrictModeTests: XCTestCase {
    func testUnknownVariablePointsAtTheTag() {
        let error = renderError(["pagina": "<html>\n<h1>{{titel}}</h1>\n"], "pagina", [:])
        assertError(error, file: "Templates/pagina.mustache", line: 2, column: 5,
                    contains: "onbekende variabele 'titel': geef het view model een veld 'titel' of verwijder de tag")
    }

    func testColumnsCountCharactersNotBytes() {
        let error = renderError(["t": "één {{x}}"], "t", [:])
        assertError(error, file: "Templates/t.mustache", line: 1, column: 5, contains: "'x'")
    }

    func testUnknownVariableInPartialPointsAtThePartial() {
        let sources = [
            "base": "<body>\n  {{>partials/menu}}\n</body>\n",
            "partials/menu": "<nav>\n<a href=\"{{url}}\">{{titel}}</a>\n</nav>\n",
        ]
        let error = renderError(sources, "base", ["url": "/"])
        assertError(error, file: "Templates/partials/menu.mustache", line: 2, column: 19, contains: "'titel'")
    }

    func testUnknownVariableInBlockArgumentPointsAtTheChild() {
        let sources = [
            "base": "<main>\n{{$inhoud}}{{/inhoud}}\n</main>\n",
            "pagina": "{{<base}}\n{{$inhoud}}\n<h1>{{pagina.titel}}</h1>\n<p>{{pagina.auteur}}</p>\n{{/inhoud}}\n{{/base}}\n",
        ]
        let error = renderError(sources, "pagina", ["pagina": ["titel": "Over"]])
        assertError(error, file: "Templates/pagina.mustache", line: 4, column: 4, contains: "'pagina.auteur'")
    }

    func testBrokenDottedNameIsAnError() {
        let error = renderError(["t": "{{a.b.c}}"], "t", ["a": ["b": [:]]])
        assertError(error, file: "Templates/t.mustache", line: 1, column: 1, contains: "onbekende variabele 'a.b.c'")
    }

    func testUnknownSectionsAreErrors() {
        assertError(renderError(["t": "x\n  {{#lijst}}{{/lijst}}"], "t", [:]),
                    file: "Templates/t.mustache", line: 2, column: 3, contains: "onbekende sectie 'lijst'")
        assertError(renderError(["t": "{{^lijst}}{{/lijst}}"], "t", [:]),
                    file: "Templates/t.mustache", line: 1, column: 1, contains: "onbekende sectie 'lijst'")
    }

    func testPresentButEmptyKeysAreFine() {
        let value: MustacheValue = ["niets": .null, "nee": false, "lijst": [], "object": ["veld": .null]]
        let template = "{{niets}}{{#niets}}x{{/niets}}{{^nee}}a{{/nee}}{{#lijst}}y{{/lijst}}{{^lijst}}b{{/lijst}}{{object.veld.diep}}"
        XCTAssertEqual(render(template, value), "ab")
    }

    func testRawOutputOfPlainTextIsAnError() {
        assertError(renderError(["t": "a {{{x}}}"], "t", ["x": "<b>"]),
                    file: "Templates/t.mustache", line: 1, column: 3, contains: "gebruik {{x}} of geef het view model een html-waarde")
        assertError(renderError(["t": "{{&x}}"], "t", ["x": "<b>"]),
                    file: "Templates/t.mustache", line: 1, column: 1, contains: "'x' wordt ongeëscaped weergegeven")
    }

    func testRawOutputOfPlainTextIsAllowedInSpecMode() {
        XCTAssertEqual(render("{{{x}}}{{&x}}", ["x": "<b>"], options: .spec), "<b><b>")
    }

    func testListsAndObjectsAreNotText() {
        assertError(renderError(["t": "{{lijst}}"], "t", ["lijst": [1, 2]]),
                    file: "Templates/t.mustache", line: 1, column: 1, contains: "'lijst' is een lijst")
    }

    func testSpecModeRendersUnknownNamesAsNothing() {
        XCTAssertEqual(render("[{{x}}{{#y}}z{{/y}}]", [:], options: .spec), "[]")
    }

    func testEndlessPartialRecursionIsAnError() {
        let error = renderError(["t": "{{>t}}"], "t", [:])
        XCTAssertEqual(error?.file, "Templates/t.mustache")
        XCTAssertTrue(error?.message.contains("oneindige herhaling") == true)
    }
}
