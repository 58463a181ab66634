import Builder
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Site
import XCTest

/// Issue 6, Wijzigingen: the changes page and the Atom feeds, with and without `--previous`.
/// The previous snapshot is the fixture catalogue a month earlier, edited so that each kind of
/// change occurs once, with a name that needs escaping.
final class WijzigingenTests: XCTestCase {
    private func editJSON(_ folder: URL, _ file: String, _ change: (inout [[String: Any]]) -> Void) throws {
        let url = folder.appendingPathComponent(file)
        var list = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [[String: Any]]
        change(&list)
        try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    /// The fixture with a previous snapshot beside it (`vorige`, peildatum `peildatum`) in which
    /// KlantBeeld was still published, version 2.0 of Zaaksysteem Één and the dienst Acme Hosting
    /// did not exist yet, 1.0 was still supported, and "Vorige <Tool> & Co" (used by Utrecht) was
    /// there; now "Nieuwe Rekenhulp" is new.
    private func site(peildatum: String = "2026-10-01") throws -> (TestSite, URL) {
        let site = try TestSite()
        let data = site.root.appendingPathComponent("content/catalogus")
        let previous = site.root.appendingPathComponent("vorige")
        try FileManager.default.copyItem(at: data, to: previous)
        try Data("{ \"naam\": \"Testcatalogus\", \"peildatum\": \"\(peildatum)\" }".utf8).write(to: previous.appendingPathComponent("catalogus.json"))
        try editJSON(previous, "applicaties.json") { list in
            for i in list.indices where list[i]["id"] as? String == "app-klant" { list[i]["status"] = "Gepubliceerd" }
            list.append(["id": "app-vorig", "naam": "Vorige <Tool> & Co", "beschrijvingKort": "Oud.", "aanbieder": "lev-acme"])
        }
        try editJSON(previous, "applicatieversies.json") { list in
            list.removeAll { $0["id"] as? String == "ver-zaak-2" }
            for i in list.indices where list[i]["id"] as? String == "ver-zaak-1" { list[i]["status"] = "in gebruik" }
        }
        try editJSON(previous, "diensten.json") { $0.removeAll() }
        try editJSON(previous, "gebruik.json") { list in
            list = list.map { line in
                var line = line
                line["diensten"] = nil
                if line["applicatieversie"] as? String == "ver-zaak-2" { line["applicatieversie"] = nil }
                return line
            }
            list.append(["id": "geb-utrecht-vorig", "afnemer": "gem-utrecht", "applicatie": "app-vorig", "status": "In productie"])
        }
        try editJSON(previous, "contracten.json") { list in list = list.map { var c = $0; c["dienst"] = nil; return c } }
        try editJSON(previous, "beoordelingen.json") { $0.removeAll { $0["dienst"] != nil } }
        try editJSON(data, "applicaties.json") { list in
            list.append(["id": "app-nieuw", "naam": "Nieuwe Rekenhulp", "beschrijvingKort": "Nieuw.", "aanbieder": "lev-acme"])
        }
        return (site, previous)
    }

    private func build(_ site: TestSite, _ previous: URL?, audience: Site.Audience = .publiek, baseURL: String? = nil, output: URL? = nil) {
        var options = site.options(audience: audience, baseURL: baseURL, output: output)
        options.previousDataDirectory = previous?.path
        options.force = true  // the tiny fixture "shrinks" by one landscape line, which is the point here
        let (report, problems) = site.build(options)
        XCTAssertNotNil(report, problems.joined(separator: "\n"))
    }

    private func feed(_ site: TestSite, _ path: String) throws -> Feed {
        try Feed(Data(contentsOf: site.output.appendingPathComponent(path)))
    }

    func testWithoutPreviousThePageSaysSoAndTheFeedsAreEmpty() throws {
        let site = try TestSite()
        build(site, nil)
        let page = try site.read("wijzigingen/index.html")
        XCTAssertTrue(page.contains("niet vergeleken met een eerdere peildatum"), page)
        XCTAssertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/wijzigingen/atom.xml\""))
        let all = try feed(site, "wijzigingen/atom.xml")
        XCTAssertEqual(all.entries, [])
        XCTAssertEqual(all.updated, "2026-11-01T00:00:00Z", "the peildatum, not the clock")
        XCTAssertEqual(try feed(site, "applicaties/zaaksysteem-een/wijzigingen.xml").entries, [])
        let applicatie = try site.read("applicaties/zaaksysteem-een/index.html")
        XCTAssertTrue(applicatie.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/applicaties/zaaksysteem-een/wijzigingen.xml\""), applicatie)
        XCTAssertTrue(applicatie.contains("<a href=\"/applicaties/zaaksysteem-een/wijzigingen.xml\">"))
    }

    func testEachKindOfChangeIsOnThePageAndInTheFeeds() throws {
        let (site, previous) = try site()
        build(site, previous, baseURL: "https://www.softwarecatalogus.nl")
        let page = try site.read("wijzigingen/index.html")
        for shown in [
            "Vergeleken met de vorige peildatum (01-10-2026) tot de peildatum van nu (01-11-2026): 6 wijzigingen.",
            "Nieuwe applicatie: Nieuwe Rekenhulp", "Ingetrokken: Vorige &lt;Tool&gt; &amp; Co", "Andere status: KlantBeeld",
            "Nieuwe versie: Zaaksysteem Één 2.0", "Einde ondersteuning: Zaaksysteem Één 1.0", "Nieuwe dienst: Acme Hosting",
        ] {
            XCTAssertTrue(page.contains(shown), "the page lacks '\(shown)'\n\(page)")
        }
        let all = try feed(site, "wijzigingen/atom.xml")
        XCTAssertEqual(all.entries.count, 6)
        XCTAssertEqual(all.selfLink, "https://www.softwarecatalogus.nl/wijzigingen/atom.xml")
        XCTAssertTrue(all.entries.contains { $0.title == "Ingetrokken: Vorige <Tool> & Co" }, "escaped in the file, the same text when read")
        XCTAssertTrue(all.entries.allSatisfy { $0.link.hasPrefix("https://www.softwarecatalogus.nl/") && $0.id.hasPrefix("urn:uuid:") })
        let zaak = try feed(site, "applicaties/zaaksysteem-een/wijzigingen.xml")
        XCTAssertEqual(Set(zaak.entries.map(\.title)), ["Nieuwe versie: Zaaksysteem Één 2.0", "Einde ondersteuning: Zaaksysteem Één 1.0", "Nieuwe dienst: Acme Hosting"])
        XCTAssertTrue(Set(zaak.entries.map(\.id)).isSubset(of: Set(all.entries.map(\.id))), "one change, one id in every feed")
        XCTAssertEqual(try feed(site, "applicaties/vorige-tool-co/wijzigingen.xml").entries.map(\.title), ["Ingetrokken: Vorige <Tool> & Co"],
                       "a withdrawn applicatie's feed says so once more, beside its 'verwijderd' page")
    }

    /// PvE: no per-organisation data on the public site: no per-gemeente feeds or pages, no landscape.
    func testPerGemeenteFeedsOnlyOnTheGemeentenSite() throws {
        let (site, previous) = try site()
        build(site, previous)
        let publiek = try TestSite.snapshot(site.output)
        XCTAssertFalse(publiek.keys.contains { $0.hasPrefix("gemeenten/") && $0.contains("wijzigingen") }, "\(publiek.keys.sorted())")
        XCTAssertFalse(publiek.keys.contains { $0.hasPrefix("samenwerkingen/") && $0.contains("wijzigingen") })
        let text = publiek.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        XCTAssertFalse(text.contains("Wijzigingen in het landschap"))
        XCTAssertFalse(text.contains("geb-utrecht-vorig"))

        let gemeenten = site.root.appendingPathComponent("gemeenten-site")
        build(site, previous, audience: .gemeenten, output: gemeenten)
        let utrecht = try Feed(Data(contentsOf: gemeenten.appendingPathComponent("gemeenten/utrecht/wijzigingen.xml")))
        XCTAssertEqual(Set(utrecht.entries.map(\.title)), [
            "Ingetrokken: Vorige <Tool> & Co", "Andere status: KlantBeeld", "Nieuwe versie: Zaaksysteem Één 2.0",
            "Einde ondersteuning: Zaaksysteem Één 1.0", "Nieuwe dienst: Acme Hosting",
        ], "the applicaties in its landscape now and in the previous snapshot")
        let zeist = try Feed(Data(contentsOf: gemeenten.appendingPathComponent("gemeenten/zeist/wijzigingen.xml")))
        XCTAssertFalse(zeist.entries.contains { $0.title.contains("Vorige") || $0.title.contains("KlantBeeld") })
        let page = try String(contentsOf: gemeenten.appendingPathComponent("gemeenten/utrecht/wijzigingen/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("Wijzigingen voor Utrecht") && page.contains("Ingetrokken: Vorige &lt;Tool&gt; &amp; Co"), page)
        let organisatie = try String(contentsOf: gemeenten.appendingPathComponent("gemeenten/utrecht/index.html"), encoding: .utf8)
        XCTAssertTrue(organisatie.contains("<a href=\"/gemeenten/utrecht/wijzigingen/\">Wijzigingen in het landschap</a>"))
        XCTAssertTrue(organisatie.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/gemeenten/utrecht/wijzigingen.xml\""))
        XCTAssertTrue(FileManager.default.fileExists(atPath: gemeenten.appendingPathComponent("samenwerkingen/regio-ict-samen/wijzigingen.xml").path))
    }

    func testTwoBuildsWriteTheSameBytes() throws {
        let (site, previous) = try site()
        let second = site.root.appendingPathComponent("tweede")
        build(site, previous, audience: .gemeenten, baseURL: "https://www.softwarecatalogus.nl")
        build(site, previous, audience: .gemeenten, baseURL: "https://www.softwarecatalogus.nl", output: second)
        XCTAssertEqual(try TestSite.snapshot(site.output), try TestSite.snapshot(second))
    }

    /// An entry's id comes from the change, not from the build: another previous snapshot (an
    /// older peildatum) or another base URL gives the same ids for the same changes.
    func testEntryIdsAreStableAcrossBuilds() throws {
        let (site, previous) = try site()
        build(site, previous)
        let first = try feed(site, "wijzigingen/atom.xml")
        let (other, older) = try self.site(peildatum: "2026-09-01")
        build(other, older, baseURL: "https://voorbeeld.example")
        let second = try feed(other, "wijzigingen/atom.xml")
        XCTAssertEqual(first.entries.map(\.id), second.entries.map(\.id))
        XCTAssertEqual(first.id, second.id)
        XCTAssertEqual(Set(first.entries.map(\.id)).count, first.entries.count)
    }
}

/// An Atom feed read back with Foundation's `XMLParser`: a file it cannot parse fails the test.
private struct Feed {
    struct Entry: Equatable {
        var id = "", title = "", updated = "", link = ""
    }

    var id = "", updated = "", selfLink = ""
    var entries: [Entry] = []

    init(_ data: Data) throws {
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        XCTAssertEqual(reader.root, "http://www.w3.org/2005/Atom feed")
        self = reader.feed
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var feed = Feed(empty: ())
        var root = ""
        var path: [String] = []
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if path.isEmpty { root = "\(namespaceURI ?? "") \(name)" }
            path.append(name)
            text = ""
            if name == "entry" { feed.entries.append(Entry()) }
            if name == "link" {
                if path == ["feed", "link"], attributes["rel"] == "self" { feed.selfLink = attributes["href"] ?? "" }
                if path == ["feed", "entry", "link"] { feed.entries[feed.entries.count - 1].link = attributes["href"] ?? "" }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch path {
            case ["feed", "id"]: feed.id = text
            case ["feed", "updated"]: feed.updated = text
            case ["feed", "entry", "id"]: feed.entries[feed.entries.count - 1].id = text
            case ["feed", "entry", "title"]: feed.entries[feed.entries.count - 1].title = text
            case ["feed", "entry", "updated"]: feed.entries[feed.entries.count - 1].updated = text
            default: break
            }
            path.removeLast()
        }
    }

    private init(empty: Void) {}
}
