import Builder
import Foundation
import Site
import Tabular
import XCTest

/// Each row of the contract's table "Who may see what", checked against every byte the build
/// writes (page text, attributes, file names, JSON, sitemap, …) for both audiences. The fixture
/// catalogue holds a marker text for each thing that must stay hidden.
final class AudienceTests: XCTestCase {
    /// Everything the build wrote: every file's path and contents, as one text.
    private func everything(_ audience: Site.Audience) throws -> String {
        let site = try TestSite()
        let (report, problems) = site.build(site.options(audience: audience, baseURL: "https://www.softwarecatalogus.nl"))
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
        return try TestSite.snapshot(site.output).sorted { $0.key < $1.key }
            .map { "\($0.key)\n\(Self.text(of: $0.value, path: $0.key))" }.joined(separator: "\n")
    }

    /// A file's text; an XLSX (a zip whose cells are deflated) as the text of every part inside it.
    private static func text(of data: Data, path: String) -> String {
        let bytes = [UInt8](data)
        guard path.hasSuffix(".xlsx") else { return String(decoding: bytes, as: UTF8.self) }
        guard let entries = ZipReader.entries(bytes) else {
            XCTFail("\(path) is not a readable zip")
            return ""
        }
        return entries.map { "\($0.path)\n\(String(decoding: $0.contents, as: UTF8.self))" }.joined(separator: "\n")
    }

    /// Never published, for anyone: interneAantekening, Deactief and Gedepubliceerd objects,
    /// beoordelingen that are not Goedgekeurd, contacts who are not aanspreekpunt.
    private let neverShown = [
        "GEHEIM-NOTITIE", "NIET-GOEDGEKEURDE-KLACHT", "Verborgen Applicatie", "verborgen-applicatie",
        "Opgeheven Dorp", "opgeheven-dorp", "GM9999", "Verdwenen Leverancier", "Weesapplicatie",
        "dirk.geheim", "bert.binnen",
    ]

    /// Only for signed-in municipalities: landscapes, koppelingen, verwerkingen, contacts of
    /// gemeenten, individual ratings with who gave them.
    private let gemeentenOnly = [
        "carla.coordinator@utrecht.example", "Zaakstatus naar klantbeeld", "Applicatielandschap",
        "Werkt prima, snelle support.", "Wie gebruikt wat", "Gebruikt door",
        "-landschap.csv", "-landschap.xlsx", "-koppelingen.csv", "-koppelingen.xlsx", "_bronGebruikId",
        "-landschap.xml", "-koppelingen.xml", "Gebruik status",
    ]

    func testPublicSiteShowsNothingTheContractKeepsFromIt() throws {
        let all = try everything(.publiek)
        for hidden in neverShown + gemeentenOnly {
            XCTAssertFalse(all.contains(hidden), "the public site contains '\(hidden)'")
        }
    }

    /// The search index and its facet pages are among the files `everything` reads; this says so
    /// and checks them on their own, so a leak there names the search.
    func testPublicSearchIndexHoldsNothingTheContractKeepsFromIt() throws {
        let site = try TestSite()
        _ = site.build(site.options(audience: .publiek, baseURL: "https://www.softwarecatalogus.nl"))
        let search = try TestSite.snapshot(site.output).filter { $0.key.hasPrefix("zoeken/") }
        XCTAssertTrue(search.keys.contains("zoeken/data/manifest.json") && search.keys.contains { $0.hasPrefix("zoeken/data/terms/") })
        let all = search.sorted { $0.key < $1.key }.map { "\($0.key)\n\(String(decoding: $0.value, as: UTF8.self))" }.joined(separator: "\n")
        for hidden in neverShown + gemeentenOnly + ["geheim", "klacht", "verborgen", "opgeheven", "verdwenen", "weesapplicatie", "gm9999"] {
            XCTAssertFalse(all.contains(hidden), "the public search contains '\(hidden)'")
        }
        for shown in ["Zaaksysteem Één", "\"zaaksysteem\"", "Acme Software B.V.", "Utrecht"] {
            XCTAssertTrue(all.contains(shown), "the public search lacks '\(shown)'")
        }
    }

    func testPublicSiteShowsWhatIsPublic() throws {
        let all = try everything(.publiek)
        for shown in [
            "Zaaksysteem Één", "Acme Software B.V.", "anna@acme.example", "Utrecht", "GM0344", "Regio ICT Samen",
            "bij 2 organisaties", "4,5 van 5 (2 beoordelingen)", "KlantBeeld", ">concept<", "Zaakregistratiecomponent",
            "ZGW API&#39;s 1.0: <strong>ondersteund</strong>", "ZGW API&#39;s 1.5: niet ondersteund", "Acme Hosting",
        ] {
            XCTAssertTrue(all.contains(shown), "the public site lacks '\(shown)'")
        }
    }

    func testGemeentenSiteShowsLandscapesButNeverWhatNobodySees() throws {
        let all = try everything(.gemeenten)
        for hidden in neverShown {
            XCTAssertFalse(all.contains(hidden), "the gemeenten site contains '\(hidden)'")
        }
        for shown in gemeentenOnly + ["DigiD", "Zaaksysteem Één"] {
            XCTAssertTrue(all.contains(shown), "the gemeenten site lacks '\(shown)'")
        }
    }

    func testUseCountsLeaveOutPhasedOutLinesAndCountOrganisationsOnce() throws {
        let site = try TestSite()
        _ = site.build()
        let open = try site.read("applicaties/open-zaak/index.html")
        XCTAssertTrue(open.contains("bij 1 organisaties"), "Zeist's Uitgefaseerd line does not count")
    }
}
