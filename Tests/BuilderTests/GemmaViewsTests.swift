import Builder
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Site
import XCTest

/// The GEMMA views (issue 6, item 4) on the fixture catalogue with one view added: the view page
/// and its `.svg`, portfolios on both sites, landscapes only on the gemeenten site.
final class GemmaViewsTests: XCTestCase {
    /// The fixture with a published view holding both referentiecomponenten, DigiD and a group, and its index page.
    private func site() throws -> TestSite {
        let site = try TestSite()
        let path = site.content.appendingPathComponent("catalogus/gemma.xml")
        var xml = try String(contentsOf: path, encoding: .utf8)
        xml = xml.replacingOccurrences(of: "  </propertyDefinitions>", with: """
                <propertyDefinition identifier="propid-20" type="string"><name>Publiceren</name></propertyDefinition>
                <propertyDefinition identifier="propid-21" type="string"><name>Titel view SWC</name></propertyDefinition>
              </propertyDefinitions>
            """)
        xml = xml.replacingOccurrences(of: "</model>", with: """
              <views><diagrams>
                <view identifier="id-view-1" xsi:type="Diagram">
                  <name xml:lang="nl">Interne naam</name>
                  <documentation xml:lang="nl">Zaakgericht werken in één plaat.</documentation>
                  <properties>
                    <property propertyDefinitionRef="propid-1"><value xml:lang="nl">77777777-7777-7777-7777-777777777777</value></property>
                    <property propertyDefinitionRef="propid-20"><value xml:lang="nl">Softwarecatalogus en GEMMA Online en redactie</value></property>
                    <property propertyDefinitionRef="propid-21"><value xml:lang="nl">Zaakgericht werken</value></property>
                  </properties>
                  <node identifier="id-n-groep" xsi:type="Container" x="0" y="0" w="600" h="300">
                    <label xml:lang="nl">Groep</label>
                    <node identifier="id-n-zaak" elementRef="id-rc-zaak" xsi:type="Element" x="20" y="40" w="220" h="80">
                      <style><fillColor r="210" g="227" b="243" a="100"/><lineColor r="0" g="0" b="0" a="100"/><font name="Segoe UI" size="9"><color r="0" g="0" b="0"/></font></style>
                    </node>
                    <node identifier="id-n-klant" elementRef="id-rc-klant" xsi:type="Element" x="260" y="40" w="220" h="80"/>
                    <node identifier="id-n-digid" elementRef="id-digid" xsi:type="Element" x="20" y="160" w="220" h="80"/>
                  </node>
                  <connection identifier="id-c-1" xsi:type="Line" source="id-n-zaak" target="id-n-klant"/>
                </view>
              </diagrams></views>
            </model>
            """)
        try site.write("content/catalogus/gemma.xml", xml)
        try site.write("content/gemma/views/index.md", "---\ntitel: GEMMA-views\nbeschrijving: De views.\n---\n\nDe views uit GEMMA.\n")
        return site
    }

    private func build(_ site: TestSite, _ audience: Site.Audience) throws -> [String: String] {
        let (report, problems) = site.build(site.options(audience: audience))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        return try TestSite.snapshot(site.output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func testViewPageDrawsTheViewWithLinksDefinitionsAndCounts() throws {
        let files = try build(try site(), .publiek)
        let page = try XCTUnwrap(files["gemma/views/zaakgericht-werken/index.html"])
        XCTAssertTrue(page.contains("<h1>Zaakgericht werken</h1>"))
        XCTAssertTrue(page.contains("<a href=\"/referentiecomponenten/zaakregistratiecomponent/\"><title>Zaakregistratiecomponent (2 applicaties)"), page)
        XCTAssertTrue(page.contains("download=\"gemma-view-zaakgericht-werken.svg\""))
        XCTAssertTrue(page.contains("fill=\"#d2e3f3\""), "GEMMA's fill colour from the file")
        XCTAssertTrue(page.contains("DigiD (landelijke voorziening)"))
        let index = try XCTUnwrap(files["gemma/views/index.html"])
        XCTAssertTrue(index.contains("<a href=\"/gemma/views/zaakgericht-werken/\">Zaakgericht werken</a>"))
        for (path, text) in files where path.hasSuffix(".svg") {
            let parser = XMLParser(data: Data(text.utf8))
            XCTAssertTrue(parser.parse(), "\(path) is not well-formed XML")
            XCTAssertTrue(text.contains("<title id=\"gv-zaakgericht-werken-titel\">GEMMA-view Zaakgericht werken</title>"), path)
        }
        XCTAssertNotNil(files["gemma/views/zaakgericht-werken.svg"])
        let component = try XCTUnwrap(files["referentiecomponenten/zaakregistratiecomponent/index.html"])
        XCTAssertTrue(component.contains("<li><a href=\"/gemma/views/zaakgericht-werken/\">Zaakgericht werken</a></li>"), component)
    }

    func testLeverancierPortfolioOnBothSites() throws {
        for audience in [Site.Audience.publiek, .gemeenten] {
            let files = try build(try site(), audience)
            let page = try XCTUnwrap(files["leveranciers/acme-software-b-v/gemma/index.html"], "\(audience)")
            XCTAssertTrue(page.contains(">Zaaksysteem Één</text>"), page)
            XCTAssertTrue(page.contains(">KlantBeeld</text>"), page)
            XCTAssertTrue(page.contains("<img src=\"/gemma/views/zaakgericht-werken.svg\""))
            XCTAssertTrue(try XCTUnwrap(files["leveranciers/acme-software-b-v/index.html"]).contains("href=\"/leveranciers/acme-software-b-v/gemma/\""))
        }
    }

    func testLandscapesOnlyOnTheGemeentenSite() throws {
        let gemeenten = try build(try site(), .gemeenten)
        let utrecht = try XCTUnwrap(gemeenten["gemeenten/utrecht/gemma/index.html"])
        XCTAssertTrue(utrecht.contains("Utrecht op de GEMMA-views"))
        XCTAssertTrue(utrecht.contains("<g><title>Zaakregistratiecomponent</title><rect"), utrecht)
        XCTAssertTrue(utrecht.contains(">Zaaksysteem Één</text>"), utrecht)
        XCTAssertTrue(try XCTUnwrap(gemeenten["gemeenten/utrecht/index.html"]).contains("href=\"/gemeenten/utrecht/gemma/\""))
        // Zeist's lines name no referentiecomponent, and its phased-out Open Zaak never counts.
        XCTAssertNil(gemeenten["gemeenten/zeist/gemma/index.html"])

        let publiek = try build(try site(), .publiek)
        XCTAssertFalse(publiek.keys.contains { $0.hasPrefix("gemeenten/") && $0.contains("/gemma/") })
        XCTAssertFalse(publiek.keys.contains { $0.hasPrefix("samenwerkingen/") && $0.contains("/gemma/") })
        let all = publiek.values.joined(separator: "\n")
        for hidden in ["Utrecht op de GEMMA-views", "/gemeenten/utrecht/gemma/", "/samenwerkingen/regio-ict-samen/gemma/", "Applicatielandschap", "Gebruikt door"] {
            XCTAssertFalse(all.contains(hidden), "the public site contains '\(hidden)'")
        }
    }

    func testWithoutAnIndexPageTheBuildSaysWhatToWrite() throws {
        let site = try site()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("gemma/views/index.md"))
        let (report, problems) = site.build()
        XCTAssertNil(report)
        XCTAssertTrue(problems.contains { $0.contains("content/gemma/views/index.md") && $0.contains("GEMMA-views hebben geen overzichtspagina") }, problems.joined(separator: "\n"))
    }
}
