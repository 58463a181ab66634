import AMEFFExport
import XCTest

/// What the files hold, named as GEMMA's export model names it.
final class StructureTests: XCTestCase {
    private let index = Fixture.index(.gemeenten)

    func testApplicatiePortfolioFollowsGemmasExportModel() throws {
        let file = try ExchangeFile(XCTUnwrap(index.applicatie("app-1")))
        let app = try XCTUnwrap(file.element(objectID: "app-1"))
        XCTAssertEqual(app.type, "ApplicationComponent")
        XCTAssertEqual(app.properties["SWC type"], "Applicatie")
        XCTAssertEqual(app.properties["URL"], "/applicaties/app-1/")
        XCTAssertEqual(app.properties["Status"], "Gepubliceerd")
        let versie = try XCTUnwrap(file.element(objectID: "ver-1"))
        XCTAssertEqual(versie.type, "ApplicationComponent")
        XCTAssertEqual(versie.name, "Zaak<systeem> & \"Co\" 1.0")
        XCTAssertEqual(versie.properties["SWC type"], "Applicatieversie")
        XCTAssertEqual(versie.properties["Versie-aanduiding"], "1.0")
        XCTAssertEqual(versie.properties["Status"], "in gebruik")
        XCTAssertEqual(versie.properties["Datum in gebruik"], "2025-01-01")
        let leverancier = try XCTUnwrap(file.element(objectID: "lev-1"))
        XCTAssertEqual(leverancier.type, "BusinessActor")
        XCTAssertEqual(leverancier.properties["GEMMA type"], "Leverancier")
        // GEMMA concepts keep their own identifier and Object ID.
        let rc = try XCTUnwrap(file.elements["id-rc-zaak"])
        XCTAssertEqual(rc.properties["Object ID"], Fixture.rcZaak)
        XCTAssertEqual(rc.properties["GEMMA type"], "Referentiecomponent")
        XCTAssertEqual(file.elements["id-stuf-301"]?.type, "Constraint")

        XCTAssertEqual(relation(file, "levert"), ["Association lev-1 → app-1"])
        XCTAssertEqual(relation(file, "is versie van"), ["Specialization ver-1 → app-1", "Specialization ver-2 → app-1"])
        XCTAssertEqual(relation(file, "is geschikt voor"), ["Specialization app-1 → \(Fixture.rcZaak)"])
        XCTAssertEqual(relation(file, "ondersteunt"), ["Realization app-1 → \(Fixture.standaardversie)"])
        XCTAssertEqual(file.views.count, 1)
    }

    func testOnlySupportedStandaardversiesAreRealized() throws {
        let file = try ExchangeFile(XCTUnwrap(index.applicatie("app-2")))
        XCTAssertEqual(relation(file, "ondersteunt"), [])
        XCTAssertEqual(file.element(objectID: "app-2")?.properties["Status"], "Concept")
    }

    func testLeverancierHoldsAllItsApplicaties() throws {
        let file = try ExchangeFile(XCTUnwrap(index.leverancier("lev-1")))
        XCTAssertEqual(relation(file, "levert"), ["Association lev-1 → app-1", "Association lev-1 → app-2"])
        XCTAssertEqual(file.views.count, 1)
    }

    func testModelSaysWhichSnapshotAndGemmaRelease() throws {
        let bytes = try XCTUnwrap(index.applicatie("app-1"))
        let file = try ExchangeFile(bytes)
        var properties: [String: String] = [:]
        for property in file.root.child("properties")?.all("property") ?? [] {
            properties[file.definitions[property.attributes["propertyDefinitionRef"]!]!] = property.child("value")?.text
        }
        XCTAssertEqual(properties["Peildatum"], "2026-11-01")
        XCTAssertEqual(properties["GEMMA release"], "2026-06-30")
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("archimate3_Diagram.xsd"))
    }

    func testLanguageIsSaidOnceForTheWholeModel() throws {
        for bytes in allFiles(index) {
            let file = try ExchangeFile(bytes)
            XCTAssertEqual(file.root.attributes["xml:lang"], "nl", "XML hands it down to every name and value")
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self).components(separatedBy: "xml:lang=").count, 2)
        }
    }

    func testNoFoldersBesideArchisOwn() throws {
        // Archi files every imported concept in the default folder of its type, which is all
        // `<organizations>` said; it is left out.
        for bytes in allFiles(index) {
            XCTAssertNil(try ExchangeFile(bytes).root.child("organizations"))
        }
    }

    func testGemmaConceptsCarryNoDocumentationButOursDo() throws {
        let file = try ExchangeFile(XCTUnwrap(index.applicatie("app-1")))
        let rc = try XCTUnwrap(file.elements["id-rc-zaak"])
        XCTAssertNil(rc.documentation, "the definition lives on GEMMA Online")
        XCTAssertEqual(rc.name, "Zaakregistratiecomponent")
        XCTAssertEqual(rc.properties["GEMMA URL"].map { $0.hasSuffix(Fixture.rcZaak) }, true)
        XCTAssertNil(file.elements["id-stuf-301"]?.documentation)
        XCTAssertEqual(file.element(objectID: "app-1")?.documentation, "Zaken 'beheren'")
        let landschap = try ExchangeFile(XCTUnwrap(index.gemeenten?.landschap("gem-1")))
        XCTAssertNil(landschap.elements["id-rc-doc"]?.documentation)
    }

    func testEveryPropertyDefinitionIsDeclaredOnceAndUsed() throws {
        for bytes in allFiles(index) {
            let text = String(decoding: bytes, as: UTF8.self)
            let file = try ExchangeFile(bytes)  // fails on undeclared references
            XCTAssertEqual(Set(file.definitions.values).count, file.definitions.count)
            for identifier in file.definitions.keys {
                XCTAssertTrue(text.contains("propertyDefinitionRef=\"\(identifier)\""), "\(identifier) declared but not used")
            }
        }
    }

    func testLandschapServesTheOrganisationWithGebruikStatus() throws {
        let file = try ExchangeFile(XCTUnwrap(index.gemeenten?.landschap("gem-1")))
        XCTAssertEqual(file.element(objectID: "gem-1")?.type, "BusinessActor")
        XCTAssertEqual(file.element(objectID: "gem-1")?.properties["CBS code"], "GM0796")
        // A line with a versie is drawn on the versie.
        XCTAssertEqual(relation(file, "gebruikt door"), ["Serving app-2 → gem-1", "Serving ver-1 → gem-1"])
        let serving = try XCTUnwrap(file.relationships.first { $0.properties["Object ID"] == "geb-1" })
        XCTAssertEqual(serving.properties["Gebruik status"], "In productie")
        XCTAssertEqual(serving.properties["Gebruik datum"], "2024-05-01")
        XCTAssertEqual(relation(file, "wordt gebruikt voor"), [
            "Specialization app-2 → \(Fixture.rcDocument)", "Specialization ver-1 → \(Fixture.rcDocument)",
            "Specialization ver-1 → \(Fixture.rcZaak)",
        ])
        XCTAssertEqual(relation(file, "levert"), ["Association lev-1 → app-1", "Association lev-1 → app-2"])
    }

    func testSamenwerkingIsACollaborationOfItsGemeenten() throws {
        let file = try ExchangeFile(XCTUnwrap(index.gemeenten?.landschap("sw-1")))
        XCTAssertEqual(file.element(objectID: "sw-1")?.type, "BusinessCollaboration")
        XCTAssertEqual(file.relationships.filter { $0.type == "Aggregation" }.map { describe(file, $0) }, ["Aggregation sw-1 → gem-1"])
        XCTAssertEqual(relation(file, "gebruikt door"), ["Serving app-2 → sw-1"])
    }

    func testKoppelingenAreFlowsWithGemmasProperties() throws {
        let file = try ExchangeFile(XCTUnwrap(index.gemeenten?.koppelingen("gem-1")))
        let flows = file.relationships.filter { $0.type == "Flow" }
        XCTAssertEqual(flows.map { describe(file, $0) }, ["Flow ver-1 → app-2", "Flow app-2 → \(Fixture.digid)"])
        let binnen = flows[0].properties
        XCTAssertEqual(flows[0].name, "Zaken naar documenten")
        XCTAssertEqual(binnen["Richting"], "AnaarB")
        XCTAssertEqual(binnen["Type"], "api")
        XCTAssertEqual(binnen["Status"], "in gebruik")
        XCTAssertEqual(binnen["Standaardversie"], "StUF 3.01")
        XCTAssertEqual(binnen["Standaardversie ID"], Fixture.standaardversie)
        XCTAssertEqual(binnen["Intermediair"], "Documentsysteem")
        XCTAssertEqual(binnen["GEMMA subtype"], "Binnengemeentelijk")
        XCTAssertEqual(flows[1].properties["GEMMA subtype"], "Buitengemeentelijk")
        XCTAssertEqual(flows[1].properties["Richting"], "bi-directioneel")
        XCTAssertEqual(file.elements["id-digid"]?.properties["GEMMA type"], "Buitengemeentelijke voorziening")
    }

    func testAKoppelingWithoutANameIsNamedByItsKind() throws {
        var catalogus = Fixture.catalogus()
        catalogus.koppelingen[0].naam = ""
        let index = AMEFFExport.Index(catalogus.visible(to: .gemeenten), pageURL: Fixture.pageURL)
        let file = try ExchangeFile(XCTUnwrap(index.gemeenten?.koppelingen("gem-1")))
        XCTAssertEqual(file.relationships.filter { $0.type == "Flow" }.map(\.name), ["binnengemeentelijke koppeling", "buitengemeentelijke koppeling"])
    }

    func testArchitectuurHasLandscapeKoppelingenAndGemmaViews() throws {
        let file = try ExchangeFile(XCTUnwrap(index.gemeenten?.architectuur("gem-1")))
        XCTAssertEqual(file.views.compactMap { $0.child("name")?.text }, [
            "Applicatielandschap Gemeente <Zuid> & \"Noord\" 's-Hertogenbosch",
            "Koppelingen Gemeente <Zuid> & \"Noord\" 's-Hertogenbosch", "Referentiecomponenten",
        ])
        XCTAssertEqual(relation(file, "gebruikt door").count, 2)
        XCTAssertEqual(file.relationships.filter { $0.type == "Flow" }.count, 2)
        // The GEMMA view's line became a relationship between the elements of its ends.
        XCTAssertEqual(file.relationships.filter { $0.identifier == "id-r-1" }.map { describe(file, $0) },
                       ["Realization \(Fixture.rcZaak) → guid-stuf"])
        XCTAssertEqual(file.elements["id-stuf"]?.type, "Constraint")
        XCTAssertEqual(file.elements.values.filter { $0.identifier == "id-rc-zaak" }.count, 1)
    }

    func testNamesAreEscaped() throws {
        let bytes = try XCTUnwrap(index.gemeenten?.landschap("gem-1"))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("Zaak&lt;systeem&gt; &amp; &quot;Co&quot;"))
        XCTAssertTrue(text.contains("Zaken &apos;beheren&apos;"))
        XCTAssertTrue(text.contains("https://example.org/zaak?a=1&amp;b=2"))
        let file = try ExchangeFile(bytes)
        XCTAssertEqual(file.element(objectID: "gem-1")?.name, "Gemeente <Zuid> & \"Noord\" 's-Hertogenbosch")
    }

    // MARK: Helpers

    /// "Type source → target" of the relationships with this name, ends by their Object ID, sorted.
    private func relation(_ file: ExchangeFile, _ name: String) -> [String] {
        file.relationships(named: name).map { describe(file, $0) }.sorted()
    }

    private func describe(_ file: ExchangeFile, _ relationship: ExchangeFile.Concept) -> String {
        let end = { (identifier: String?) in
            identifier.flatMap { file.elements[$0]?.properties["Object ID"] } ?? identifier ?? "?"
        }
        return "\(relationship.type) \(end(relationship.source)) → \(end(relationship.target))"
    }
}

/// Every file the fixture gives, for checks that hold for all of them.
func allFiles(_ index: AMEFFExport.Index) -> [[UInt8]] {
    var files = ["app-1", "app-2"].compactMap(index.applicatie) + ["lev-1"].compactMap(index.leverancier)
    if let gemeenten = index.gemeenten {
        for id in gemeenten.afnemers {
            files += [gemeenten.landschap(id), gemeenten.koppelingen(id), gemeenten.architectuur(id)].compactMap { $0 }
        }
    }
    return files
}
