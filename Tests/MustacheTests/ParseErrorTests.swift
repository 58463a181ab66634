import XCTest
import Mustache

final class ParseErrorTests: XCTestCase {
    func testUnclosedSectionPointsAtOpeningTag() {
        let errors = parseErrors(["pagina": "<p>\n{{#pagina.noindex}}\n<p>noindex</p>\n"])
        XCTAssertEqual(errors.count, 1)
        assertError(errors.first, file: "Templates/pagina.mustache", line: 2, column: 1,
                    contains: "sectie 'pagina.noindex' wordt niet gesloten: voeg {{/pagina.noindex}} toe")
    }

    func testMismatchedCloseTagPointsAtCloseTag() {
        let errors = parseErrors(["t": "{{#a}}\n  {{/b}}\n"])
        assertError(errors.first, file: "Templates/t.mustache", line: 2, column: 3,
                    contains: "sectie 'a' (regel 1, kolom 1) is nog open")
    }

    func testCloseTagWithoutOpening() {
        assertError(parseErrors(["t": "x {{/a}}"]).first, file: "Templates/t.mustache", line: 1, column: 3,
                    contains: "hoort bij geen enkele open sectie")
    }

    func testUnclosedTag() {
        assertError(parseErrors(["t": "a\nb {{titel"]).first, file: "Templates/t.mustache", line: 2, column: 3,
                    contains: "wordt niet gesloten: voeg '}}' toe")
        assertError(parseErrors(["t": "{{{titel}}"]).first, file: "Templates/t.mustache", line: 1, column: 1,
                    contains: "voeg '}}}' toe")
    }

    func testBadSetDelimiters() {
        assertError(parseErrors(["t": "ok {{=<% =}}"]).first, file: "Templates/t.mustache", line: 1, column: 4,
                    contains: "ongeldige wissel van scheidingstekens")
    }

    func testEmptyNamesAreAllReported() {
        let errors = parseErrors(["t": "{{ }}\n{{#}}"])
        XCTAssertEqual(errors.map(\.line), [1, 2])
        XCTAssertTrue(errors.allSatisfy { $0.message.contains("lege tagnaam") })
    }

    func testInvalidName() {
        assertError(parseErrors(["t": "{{a b}}"]).first, file: "Templates/t.mustache", line: 1, column: 1,
                    contains: "ongeldige naam 'a b'")
    }

    func testErrorsOfAllTemplatesAreCollectedAndSorted() {
        let errors = parseErrors([
            "pagina": "{{#x}}",
            "base": "ok\n\n{{/y}}",
            "partials/menu": "{{ }}\n{{titel",
        ])
        XCTAssertEqual(errors.map { "\($0.file):\($0.line):\($0.column)" }, [
            "Templates/base.mustache:3:1",
            "Templates/pagina.mustache:1:1",
            "Templates/partials/menu.mustache:1:1",
            "Templates/partials/menu.mustache:2:1",
        ])
    }

    func testMissingPartialIsReportedWhenLoading() {
        let errors = parseErrors(["partials/kruimelpad": "{{#pagina.heeft_kruimelpad}}\n  {{>partials/broodkruimels}}\n{{/pagina.heeft_kruimelpad}}\n"])
        XCTAssertEqual(errors.count, 1)
        assertError(errors.first, file: "Templates/partials/kruimelpad.mustache", line: 2, column: 3,
                    contains: "onbekende partial 'partials/broodkruimels': maak Templates/partials/broodkruimels.mustache aan")
    }

    func testMissingParentIsReportedWhenLoading() {
        assertError(parseErrors(["pagina": "{{<basis}}{{/basis}}"]).first, file: "Templates/pagina.mustache", line: 1, column: 1,
                    contains: "onbekend basistemplate 'basis'")
    }

    func testMissingPartialRendersAsNothingInSpecMode() {
        XCTAssertEqual(parseErrors(["t": "[{{>nergens}}]"], options: .spec), [])
        XCTAssertEqual(render("[{{>nergens}}]", [:], options: .spec), "[]")
    }

    func testParseErrorsApplyInSpecModeToo() {
        XCTAssertEqual(parseErrors(["t": "{{#a}}"], options: .spec).count, 1)
    }

    func testTextInsideParentIsAnErrorInStrictModeOnly() {
        let sources = ["base": "{{$b}}{{/b}}", "pagina": "{{<base}}\ntekst\n{{$b}}x{{/b}}\n{{/base}}"]
        assertError(parseErrors(sources).first, file: "Templates/pagina.mustache", line: 1, column: 1,
                    contains: "direct binnen {{<base}}")
        XCTAssertEqual(parseErrors(sources, options: .spec), [])
    }

    func testDescriptionIsEditorFriendly() {
        let error = MustacheError(file: "Templates/base.mustache", line: 3, column: 7, message: "iets")
        XCTAssertEqual(error.description, "Templates/base.mustache:3:7: iets")
    }
}
