import Diagnostics
import Foundation
import Importer
import XCTest

/// A new release made from the small model: a referentiecomponent renamed, one removed, one added;
/// the standaard renamed and one of its versies removed; the landelijke voorziening removed.
final class GemmaImportTests: XCTestCase {
    private let belastingen = "dd600708-7aa3-48c3-aad9-056e15b3245c", zaken = "a97b6545-d5a7-485d-9b13-3ce22db5b9cf"
    private let stuf201 = "c425d0e1-8db0-11e3-67ab-0050568a6153", stuf310 = "c43428c1-8db0-11e3-67ab-0050568a6153"
    private let digid = "a5786df1-7ecf-11e3-67ab-0050568a6153"

    func testChangesAreKeyedByObjectID() throws {
        let data = try DataFolderFixture()
        let (changes, problems) = GemmaImport.plan(try newRelease(), data: try data.files(), folder: data.path)
        XCTAssertEqual(problems.errors, [])
        let c = try XCTUnwrap(changes)
        XCTAssertEqual(c.currentRelease, "2025-12-01")
        XCTAssertEqual(c.newRelease, "2026-06-30")
        XCTAssertEqual(c.referentiecomponenten.added, [GemmaConcept(objectID: "5b0c6e1a-0000-4000-8000-00000000c0de", naam: "Kwetsbaarhedencomponent")])
        XCTAssertEqual(c.referentiecomponenten.removed, [GemmaConcept(objectID: belastingen, naam: "Belastingencomponent")])
        XCTAssertEqual(c.referentiecomponenten.renamed.map { "\($0.old.naam) → \($0.new.naam)" }, ["Documentregistratiecomponent → Documentregistratie- en archiefcomponent"])
        XCTAssertEqual(c.standaarden.renamed.map { "\($0.old.naam) → \($0.new.naam)" }, ["StUF ZKN → StUF-ZKN"])
        XCTAssertEqual(c.standaardversies.removed, [GemmaConcept(objectID: stuf201, naam: "StUF ZKN 2.01")])
        XCTAssertEqual(c.landelijkeVoorzieningen.removed.map(\.naam), ["DigiD"])
        XCTAssertEqual(c.referentiecomponenten.count, 3)
    }

    func testTheReportListsEveryChange() throws {
        let data = try DataFolderFixture()
        let release = try writeNewRelease(in: data)
        let outcome = GemmaImport.run(file: release, dataDirectory: data.path, write: false)
        XCTAssertEqual(outcome.report?.replacingOccurrences(of: data.path + "/", with: ""), """
            GEMMA release 2026-06-30 (nieuw.xml) tegenover release 2025-12-01 (gemma.xml)
            referentiecomponenten: 3, 1 toegevoegd, 1 verwijderd, 1 hernoemd
              + Kwetsbaarhedencomponent [5b0c6e1a-0000-4000-8000-00000000c0de]
              - Belastingencomponent [\(belastingen)]
              ~ Documentregistratiecomponent → Documentregistratie- en archiefcomponent [0e99ec6c-283a-4ec9-8efa-e11468e6b878]
            standaarden: 1, 0 toegevoegd, 0 verwijderd, 1 hernoemd
              ~ StUF ZKN → StUF-ZKN [bdc74301-8db0-11e3-67ab-0050568a6153]
            standaardversies: 1, 0 toegevoegd, 1 verwijderd, 0 hernoemd
              - StUF ZKN 2.01 [\(stuf201)]
            landelijke voorzieningen: 0, 0 toegevoegd, 1 verwijderd, 0 hernoemd
              - DigiD [\(digid)]
            verwijzingen die zouden breken: 0

            """)
        XCTAssertEqual(outcome.files, [data.path + "/gemma.xml"])
        XCTAssertFalse(outcome.wrote)
    }

    /// Every field of the contract that holds an Object ID, pointed at element by element; a
    /// reference that is broken already is the loader's to report, not the import's.
    func testReferencesThatWouldBreakArePointedAt() throws {
        let data = try DataFolderFixture()
        try writeCatalogue(in: data)
        let (changes, problems) = GemmaImport.plan(try newRelease(), data: try data.files(), folder: data.path)
        XCTAssertEqual(changes?.breakingReferences, 5)
        let end = "en installeer de release daarna"
        XCTAssertEqual(lines(problems, cutting: data.path + "/"), [
            "applicaties.json:1:149 $[0].referentiecomponenten[1]: fout: '\(belastingen)' (Belastingencomponent) in 'referentiecomponenten' is in de nieuwe GEMMA-release geen referentiecomponent meer: kies een referentiecomponent uit de nieuwe release of haal de verwijzing weg, \(end)",
            "compliancy.json:1:76 $[0].standaardversie: fout: '\(stuf201)' (StUF ZKN 2.01) in 'standaardversie' is in de nieuwe GEMMA-release geen standaardversie meer: kies een standaardversie uit de nieuwe release of haal de verwijzing weg, \(end)",
            "gebruik.json:1:105 $[0].referentiecomponenten[0]: fout: '\(belastingen)' (Belastingencomponent) in 'referentiecomponenten' is in de nieuwe GEMMA-release geen referentiecomponent meer: kies een referentiecomponent uit de nieuwe release of haal de verwijzing weg, \(end)",
            "koppelingen.json:1:63 $[0].buitengemeentelijkeVoorziening: fout: '\(digid)' (DigiD) in 'buitengemeentelijkeVoorziening' is in de nieuwe GEMMA-release geen landelijke voorziening meer: kies een landelijke voorziening uit de nieuwe release of haal de verwijzing weg, \(end)",
            "koppelingen.json:2:103 $[1].standaardversies[1]: fout: '\(stuf201)' (StUF ZKN 2.01) in 'standaardversies' is in de nieuwe GEMMA-release geen standaardversie meer: kies een standaardversie uit de nieuwe release of haal de verwijzing weg, \(end)",
        ])
    }

    func testNothingIsInstalledWhileReferencesBreak() throws {
        let data = try DataFolderFixture()
        try writeCatalogue(in: data)
        let release = try writeNewRelease(in: data)
        let before = try data.snapshot()
        let outcome = GemmaImport.run(file: release, dataDirectory: data.path, write: true)
        XCTAssertEqual(outcome.problems.errors.count, 5)
        XCTAssertTrue(outcome.report?.hasSuffix("verwijzingen die zouden breken: 5\n") == true, "the changes are still reported")
        XCTAssertFalse(outcome.wrote)
        XCTAssertEqual(try data.snapshot(), before)
    }

    func testWriteInstallsTheReleaseByteForByte() throws {
        let data = try DataFolderFixture()
        try data.write("organisaties.json", "[]\n")
        let release = try writeNewRelease(in: data)
        let outcome = GemmaImport.run(file: release, dataDirectory: data.path, write: true)
        XCTAssertEqual(outcome.problems.errors, [])
        XCTAssertTrue(outcome.wrote)
        XCTAssertEqual(try data.read("gemma.xml"), try data.read("nieuw.xml"))
        XCTAssertEqual(try data.loadErrors(), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasPrefix(".") }, [])
        let again = GemmaImport.run(file: release, dataDirectory: data.path, write: true)
        XCTAssertEqual(again.files, [], "the same file twice changes nothing")
        XCTAssertTrue(again.report?.contains("gemma.xml is al precies dit bestand: er verandert niets") == true)
    }

    func testWithoutACurrentModelEverythingIsAddedAndUnknownReferencesBreak() throws {
        let data = try DataFolderFixture(gemma: false)
        try data.write("applicaties.json", "[{\"id\": \"a\", \"referentiecomponenten\": [\"\(zaken)\", \"\(belastingen)\"]}]")
        let (changes, problems) = GemmaImport.plan(try newRelease(), data: try data.files(), folder: data.path)
        XCTAssertEqual(changes?.referentiecomponenten.added.count, 3)
        XCTAssertNil(changes?.currentRelease)
        XCTAssertEqual(problems.errors.map { $0.location.description.replacingOccurrences(of: data.path + "/", with: "") },
                       ["applicaties.json:1:80 $[0].referentiecomponenten[1]"])
    }

    func testAModelWithoutReferentiecomponentenIsRefused() throws {
        let data = try DataFolderFixture()
        let empty = try Fixtures.text("gemma-klein.xml").replacingOccurrences(of: ">Referentiecomponent<", with: ">Iets anders<")
        let (changes, problems) = GemmaImport.plan(SourceFile(relativePath: "leeg.xml", displayPath: "leeg.xml", text: empty), data: try data.files(), folder: data.path)
        XCTAssertNil(changes)
        XCTAssertEqual(problems.errors.map { $0.description.components(separatedBy: " (").first }, ["leeg.xml: fout: dit model heeft geen referentiecomponenten"])
    }

    func testAnUnreadableCurrentModelIsAWarningOnly() throws {
        let data = try DataFolderFixture(gemma: false)
        try data.write("gemma.xml", "<model")
        let (changes, problems) = GemmaImport.plan(try newRelease(), data: try data.files(), folder: data.path)
        XCTAssertEqual(changes?.referentiecomponenten.added.count, 3)
        XCTAssertEqual(problems.errors, [])
        XCTAssertEqual(problems.warnings.map { $0.location.description.replacingOccurrences(of: data.path + "/", with: "") }, ["gemma.xml:1:7"])
    }

    // MARK: The real files in ../shared

    func testFullReleaseAgainstTheDemoModel() throws {
        let release = try Fixtures.shared("gemma-release-from-coarchi.xml")
        let demo = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content/catalogus").path
        let outcome = GemmaImport.run(file: release, dataDirectory: demo, write: false)
        XCTAssertEqual(outcome.problems.errors, [])
        XCTAssertTrue(outcome.report?.contains("referentiecomponenten: 171, 0 toegevoegd, 0 verwijderd, 0 hernoemd") == true, outcome.report ?? "")
        XCTAssertTrue(outcome.report?.hasSuffix("verwijzingen die zouden breken: 0\n") == true)
    }

    func testMalformedArchiMedesExcerpt() throws {
        let release = try Fixtures.shared("gemma-archimedes-excerpt-malformed.xml")
        let data = try DataFolderFixture()
        let outcome = GemmaImport.run(file: release, dataDirectory: data.path, write: true)
        XCTAssertEqual(outcome.problems.errors.map { $0.location.line }, [54])
        XCTAssertEqual(outcome.problems.errors.map { $0.location.column }, [1])
        XCTAssertFalse(outcome.wrote)
    }

    // MARK: Fixtures

    private func newReleaseText() throws -> String {
        var text = try Fixtures.text("gemma-klein.xml")
        text = text.replacingOccurrences(of: ">2025-12-01<", with: ">2026-06-30<")
        text = text.replacingOccurrences(of: ">Documentregistratiecomponent<", with: ">Documentregistratie- en archiefcomponent<")
        text = text.replacingOccurrences(of: ">StUF ZKN<", with: ">StUF-ZKN<")
        text = try removing(element: belastingen, from: text)
        text = try removing(element: stuf201, from: text)
        text = try removing(element: digid, from: text)
        text = text.replacingOccurrences(of: "id-\(belastingen)", with: "id-5b0c6e1a-0000-4000-8000-00000000c0de")
        text = text.replacingOccurrences(of: "<relationship identifier=\"id-r2\" xsi:type=\"Specialization\" source=\"id-\(stuf201)\" target=\"id-bdc74301-8db0-11e3-67ab-0050568a6153\"/>\n", with: "")
        let added = """
                <element identifier="id-5b0c6e1a-0000-4000-8000-00000000c0de" xsi:type="ApplicationComponent">
                  <name xml:lang="nl">Kwetsbaarhedencomponent</name>
                  <properties>
                    <property propertyDefinitionRef="propid-1"><value xml:lang="nl">5b0c6e1a-0000-4000-8000-00000000c0de</value></property>
                    <property propertyDefinitionRef="propid-2"><value xml:lang="nl">Referentiecomponent</value></property>
                  </properties>
                </element>
              </elements>
            """
        return text.replacingOccurrences(of: "  </elements>", with: added)
    }

    private func newRelease() throws -> SourceFile {
        SourceFile(relativePath: "nieuw.xml", displayPath: "nieuw.xml", text: try newReleaseText())
    }

    /// The new release as a file beside the data, where `run` can read it.
    private func writeNewRelease(in data: DataFolderFixture) throws -> String {
        try data.write("nieuw.xml", try newReleaseText())
        return data.path + "/nieuw.xml"
    }

    private func removing(element objectID: String, from text: String) throws -> String {
        let start = try XCTUnwrap(text.range(of: "    <element identifier=\"id-\(objectID)\""))
        let end = try XCTUnwrap(text.range(of: "</element>\n", range: start.upperBound..<text.endIndex))
        return text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
    }

    /// References into GEMMA from every field that holds them, one already broken.
    private func writeCatalogue(in data: DataFolderFixture) throws {
        try data.write("organisaties.json", #"[{"id": "gm", "naam": "Utrecht", "type": "Gemeente"}, {"id": "lev", "naam": "Acme", "type": "Leverancier"}]"#)
        try data.write("applicaties.json", """
            [{"id": "app", "naam": "Zaken", "beschrijvingKort": "Zaken.", "aanbieder": "lev", "referentiecomponenten": ["\(zaken)", "\(belastingen)", "00000000-dead-4000-8000-000000000000"]}]
            """)
        try data.write("gebruik.json", """
            [{"id": "g1", "afnemer": "gm", "applicatie": "app", "status": "In productie", "referentiecomponenten": ["\(belastingen)"]},
            {"id": "g2", "afnemer": "gm", "applicatie": "app", "status": "In productie"}]
            """)
        try data.write("compliancy.json", """
            [{"id": "c1", "applicatie": "app", "ondersteund": true, "standaardversie": "\(stuf201)"}, {"id": "c2", "applicatie": "app", "ondersteund": true, "standaardversie": "\(stuf310)"}]
            """)
        try data.write("koppelingen.json", """
            [{"id": "k1", "bron": "g1", "buitengemeentelijkeVoorziening": "\(digid)"},
            {"id": "k2", "bron": "g1", "doel": "g2", "standaardversies": ["\(stuf310)", "\(stuf201)"]}]
            """)
        XCTAssertEqual(try data.loadErrors().count, 1, "only the already broken reference")
    }
}
