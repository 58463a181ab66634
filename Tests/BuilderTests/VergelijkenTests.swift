import Foundation
import Site
import XCTest

/// `/vergelijken/`: the static comparison per referentiecomponent, the per-applicatie JSON the
/// script reads, the checkboxes' hooks on other pages, and that neither audience learns who uses
/// or rated what from it.
final class VergelijkenTests: XCTestCase {
    /// The fixture's Zaakregistratiecomponent has Zaaksysteem Één (Acme, closed licence not given,
    /// two versions, ZGW 1.0 supported and 1.5 not, rated 4 and 5, used by 2) and Open Zaak (Open
    /// Zaak Community, Open source EUPL-1.2, no versions, no compliancy, no ratings, used by 1).
    func testStaticPageComparesAllApplicatiesOfTheComponent() throws {
        let site = try TestSite()
        let (report, problems) = site.build()
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        let page = try site.read("vergelijken/zaakregistratiecomponent/index.html")
        for expected in [
            "<h1>Applicaties vergelijken: Zaakregistratiecomponent</h1>",
            "<caption id=\"kop-vergelijking\">Applicaties voor Zaakregistratiecomponent met hun kenmerken</caption>",
            "<th scope=\"row\"><a href=\"/applicaties/open-zaak/\">Open Zaak</a></th><td>Open Zaak Community</td>",
            "<th scope=\"row\"><a href=\"/applicaties/zaaksysteem-een/\">Zaaksysteem Één</a></th><td>Acme Software B.V.</td>",
            "<th scope=\"col\">Leverancier <span class=\"verschilt\">verschilt</span></th>",
            "<th scope=\"col\">Referentiecomponenten <span class=\"gelijk\">gelijk</span></th>",
            "<th scope=\"col\">ZGW API&#39;s <span class=\"verschilt\">verschilt</span></th>",
            "<li>ZGW API&#39;s 1.0: ondersteund</li><li>ZGW API&#39;s 1.5: niet ondersteund</li>",
            "<li>ZGW API&#39;s 1.0: geen opgave</li><li>ZGW API&#39;s 1.5: geen opgave</li>",
            "<td>4,5 van 5 (2 beoordelingen)</td>", "<td><span class=\"leeg\">nog geen beoordelingen</span></td>",
            "<td>2 organisaties</td>", "<td>1 organisatie</td>",
            "<li>2.0 – in gebruik (in gebruik 01-06-2025)</li><li>1.0 – einde ondersteuning (in gebruik 01-01-2023, einde ondersteuning 31-12-2025)</li>",
            "<td>Acme Hosting (Hosting, Acme Software B.V.)</td>", "<td>EUPL-1.2</td>",
            "Verschillen in: Leverancier, Cloudmodel, Hostinglocatie, Jurisdictie van de hosting, Soort licentie, Licentie, Versies en levenscyclus, Diensten, Beoordeling, In gebruik bij, ZGW API&#39;s.",
            "Gelijk bij alle applicaties: Referentiecomponenten.",
            "<table class=\"vergelijking\" data-vergelijk data-tabel=\"vergelijking\"",
            "<script src=\"/assets/vergelijken.js\" defer></script>", "id=\"vergelijkbalk\"",
        ] {
            XCTAssertTrue(page.contains(expected), "the comparison lacks: \(expected)")
        }
        XCTAssertLessThan(page.range(of: "Open Zaak</a></th>")!.lowerBound, page.range(of: "Zaaksysteem Één</a></th>")!.lowerBound, "rows A–Z")
        XCTAssertFalse(page.contains("style="))
        // KlantBeeld is the only applicatie of its component: nothing to compare there.
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("vergelijken/klantinteractiecomponent").path))
    }

    func testDataFileHoldsWhatTheScriptShows() throws {
        let site = try TestSite()
        _ = site.build()
        let data = try Data(contentsOf: site.output.appendingPathComponent("vergelijken/zaaksysteem-een.json"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json["naam"] as? String, "Zaaksysteem Één")
        XCTAssertEqual(json["url"] as? String, "/applicaties/zaaksysteem-een/")
        XCTAssertEqual(json["concept"] as? Bool, false)
        let waarden = try XCTUnwrap(json["waarden"] as? [String: [String]])
        XCTAssertEqual(waarden["leverancier"], ["Acme Software B.V."])
        XCTAssertEqual(waarden["referentiecomponenten"], ["Zaakregistratiecomponent"])
        XCTAssertEqual(waarden["beoordeling"], ["4,5 van 5 (2 beoordelingen)"])
        XCTAssertEqual(waarden["gebruik"], ["2 organisaties"])
        XCTAssertEqual(waarden["diensten"], ["Acme Hosting (Hosting, Acme Software B.V.)"])
        XCTAssertEqual(waarden["licentie"], [])
        let standaarden = try XCTUnwrap(json["standaarden"] as? [[Any]])
        XCTAssertEqual(standaarden.count, 1)
        let sleutel = try XCTUnwrap(standaarden.first?.first as? String)
        XCTAssertEqual(standaarden.first?[1] as? String, "ZGW API's")
        XCTAssertNotNil(standaarden.first?[2] as? Int, "its rank among all standards")
        XCTAssertEqual(waarden[sleutel], ["verplicht", "ZGW API's 1.0: ondersteund", "ZGW API's 1.5: niet ondersteund"])
        let files = try TestSite.snapshot(site.output).keys.filter { $0.hasPrefix("vergelijken/") }.sorted()
        XCTAssertEqual(files, ["vergelijken/index.html", "vergelijken/klantbeeld.json", "vergelijken/open-zaak.json",
                               "vergelijken/zaakregistratiecomponent/index.html", "vergelijken/zaaksysteem-een.json"],
                       "one file per visible applicatie, one page per component with two or more")
    }

    func testEditorPageListsComparisonsAndTheCriteriaTheScriptLabels() throws {
        let site = try TestSite()
        _ = site.build()
        let page = try site.read("vergelijken/index.html")
        XCTAssertTrue(page.contains("<h1>Applicaties vergelijken</h1>"))
        XCTAssertTrue(page.contains("Kies twee tot vier applicaties met het vakje <strong>Vergelijk</strong>."), "the editor's text")
        XCTAssertTrue(page.contains("<li><a href=\"/vergelijken/zaakregistratiecomponent/\">Zaakregistratiecomponent</a> <span class=\"aantal\">(2 applicaties)</span></li>"))
        XCTAssertTrue(page.contains("<li data-kenmerk=\"leverancier\" data-leeg=\"onbekend\">Leverancier</li>"))
        XCTAssertTrue(page.contains("data-maximum=\"4\""))
        for text in ["data-tekst-onbekend=\"Onbekende applicatie", "data-tekst-teveel=", "data-tekst-teweinig=", "aria-labelledby=\"vergelijkkop\""] {
            XCTAssertTrue(page.contains(text), text)
        }
        XCTAssertEqual(BuildTests.scripts(in: page), ["<script src=\"/assets/tabellen.js\" defer></script>", "<script src=\"/assets/vergelijken.js\" defer></script>"])
    }

    func testCheckboxesHookOnlyWhereApplicatiesAreListed() throws {
        let site = try TestSite()
        _ = site.build()
        let overview = try site.read("applicaties/index.html")
        XCTAssertTrue(overview.contains("<div data-lijst=\"overzicht\" data-vergelijk "))
        XCTAssertTrue(overview.contains("<script src=\"/assets/vergelijken.js\" defer></script>"))
        let leveranciers = try site.read("leveranciers/index.html")
        XCTAssertFalse(leveranciers.contains("vergelijk"), "no checkboxes for leveranciers")
        let component = try site.read("referentiecomponenten/zaakregistratiecomponent/index.html")
        XCTAssertTrue(component.contains("<a href=\"/vergelijken/zaakregistratiecomponent/\">Vergelijk alle 2 applicaties voor Zaakregistratiecomponent</a>"))
        XCTAssertTrue(component.contains("data-vergelijk data-tabel=\"applicaties\""))
        let zoeken = try site.read("zoeken/index.html")
        XCTAssertTrue(zoeken.contains("<ol id=\"zoeklijst\" class=\"zoeklijst\" data-vergelijk></ol>"))
        let applicatie = try site.read("applicaties/open-zaak/index.html")
        XCTAssertTrue(applicatie.contains("<a href=\"/vergelijken/zaakregistratiecomponent/\">Vergelijken met andere applicaties voor Zaakregistratiecomponent</a>"))
        let klant = try site.read("applicaties/klantbeeld/index.html")
        XCTAssertFalse(klant.contains("/vergelijken/"), "KlantBeeld has nothing to be compared with")
    }

    /// Neither audience's comparison names who uses or rated an applicatie: the public site may
    /// not, and on the gemeenten site the comparison shows the same national figures.
    func testComparisonNamesNoOrganisationThatUsesOrRates() throws {
        for audience in [.publiek, .gemeenten] as [Site.Audience] {
            let site = try TestSite()
            let (report, problems) = site.build(site.options(audience: audience))
            XCTAssertNotNil(report, problems.joined(separator: "\n"))
            let files = try TestSite.snapshot(site.output).filter { $0.key.hasPrefix("vergelijken/") }
            let all = files.sorted { $0.key < $1.key }.map { "\($0.key)\n\(String(decoding: $0.value, as: UTF8.self))" }.joined(separator: "\n")
            for hidden in ["Utrecht", "Zeist", "Regio ICT Samen", "gem-", "Werkt prima", "NIET-GOEDGEKEURDE", "GEHEIM", "carla", "Gebruikt door",
                           "Verborgen Applicatie", "Weesapplicatie", "In productie", "Uitgefaseerd"] {
                XCTAssertFalse(all.contains(hidden), "\(audience): the comparison contains '\(hidden)'")
            }
            for shown in ["4,5 van 5 (2 beoordelingen)", "2 organisaties", "1 organisatie", "Acme Software B.V.", "ZGW API&#39;s 1.0: ondersteund"] {
                XCTAssertTrue(all.contains(shown), "\(audience): the comparison lacks '\(shown)'")
            }
        }
    }

    func testAMissingEditorPageIsAnErrorThatNamesTheFile() throws {
        let site = try TestSite()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("vergelijken/index.md"))
        let (report, problems) = site.build()
        XCTAssertNil(report)
        XCTAssertTrue(problems.contains { $0.hasPrefix("content/vergelijken/index.md") && $0.contains("/vergelijken/") }, problems.joined(separator: "\n"))
    }
}
