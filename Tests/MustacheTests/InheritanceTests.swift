import XCTest
import Mustache

/// Our layout shape: `base` defines blocks, page templates fill them with `{{<base}}…{{/base}}`.
final class InheritanceTests: XCTestCase {
    private let base = """
        <html>
        <head>
        <title>{{$titel}}{{pagina.titel}} · {{site.naam}}{{/titel}}</title>
        </head>
        <body>
        <main>
        {{$inhoud}}{{/inhoud}}
        </main>
        </body>
        </html>

        """

    private let pagina = """
        {{<base}}
        {{$inhoud}}
        <h1>{{pagina.titel}}</h1>
        <div class="tekst">
        {{pagina.inhoud}}
        </div>
        {{/inhoud}}
        {{/base}}

        """

    private let value: MustacheValue = [
        "site": ["naam": "Softwarecatalogus"],
        "pagina": ["titel": "Over & uit", "inhoud": .html("<p>Welkom</p>")],
    ]

    func testPageFillsTheContentBlockAndKeepsTheDefaultTitle() throws {
        let set = try XCTUnwrap(makeSet(["base": base, "pagina": pagina]))
        XCTAssertEqual(try set.render("pagina", value), """
            <html>
            <head>
            <title>Over &amp; uit · Softwarecatalogus</title>
            </head>
            <body>
            <main>
            <h1>Over &amp; uit</h1>
            <div class="tekst">
            <p>Welkom</p>
            </div>

            </main>
            </body>
            </html>

            """)
    }

    func testPageCanOverrideTheTitle() throws {
        let home = "{{<base}}{{$titel}}{{site.naam}}{{/titel}}{{$inhoud}}<p>Home</p>{{/inhoud}}{{/base}}"
        let set = try XCTUnwrap(makeSet(["base": base, "home": home]))
        let output = try set.render("home", value)
        XCTAssertTrue(output.contains("<title>Softwarecatalogus</title>"))
        XCTAssertTrue(output.contains("<main>\n<p>Home</p>\n</main>"))
    }

    func testBaseRendersItsDefaultsOnItsOwn() throws {
        let set = try XCTUnwrap(makeSet(["base": base]))
        let output = try set.render("base", value)
        XCTAssertTrue(output.contains("<title>Over &amp; uit · Softwarecatalogus</title>"))
        XCTAssertTrue(output.contains("<main>\n\n</main>"))
    }

    func testIndentedBlockIndentsTheArgument() throws {
        let indentedBase = "<main>\n  {{$inhoud}}\n  {{/inhoud}}\n</main>\n"
        let page = "{{<base}}\n{{$inhoud}}\n<h1>Titel</h1>\n<p>Tekst</p>\n{{/inhoud}}\n{{/base}}\n"
        let set = try XCTUnwrap(makeSet(["base": indentedBase, "pagina": page]))
        XCTAssertEqual(try set.render("pagina", [:]), "<main>\n  <h1>Titel</h1>\n  <p>Tekst</p>\n</main>\n")
    }

    func testPartialsInsideTheBaseSeeTheBlocksOfThePage() throws {
        let sources = [
            "base": "<head>{{>partials/kop}}</head>",
            "partials/kop": "<title>{{$titel}}Standaard{{/titel}}</title>",
            "pagina": "{{<base}}{{$titel}}Eigen titel{{/titel}}{{/base}}",
        ]
        let set = try XCTUnwrap(makeSet(sources))
        XCTAssertEqual(try set.render("pagina", [:]), "<head><title>Eigen titel</title></head>")
    }
}
