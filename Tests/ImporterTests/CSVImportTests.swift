import Diagnostics
import Importer
import JSON
import XCTest

/// The hand-made export in `ImporterFixtures/valid/export.csv` has the quirks of the real one: a
/// byte order mark, `;`, CRLF between rows and LF inside cells, quoted cells with `;`, line breaks
/// and doubled quotes, dd-mm-yy dates (one from the 1990s), three versions of one pakket, a pakket
/// without versions, two Object IDs in one cell (one unknown to gemma.xml), empty cells, a row of
/// empty cells, a row without Pakket ID and a pakket without description.
final class CSVImportTests: XCTestCase {
    private let leverancier1 = "6f0d1c2a-3b4e-4f5a-8b6c-7d8e9f0a1b2c", pakket1 = "b1a2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b"

    func testImportIntoAnEmptyFolderReportsWhatItAddedAndSkipped() throws {
        let data = try DataFolderFixture()
        let outcome = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        let prefix = Fixtures.folder.path + "/valid/"
        XCTAssertEqual(lines(outcome.problems, cutting: prefix), [
            "export.csv:9:236: waarschuwing: '99999999-0000-4000-8000-000000000000' is geen referentiecomponent in gemma.xml en wordt niet overgenomen: "
                + "controleer het GEMMA Object ID, of installeer eerst een nieuwere GEMMA-release (swc import gemma)",
        ])
        XCTAssertEqual(outcome.report?.replacingOccurrences(of: prefix, with: ""), """
            toegevoegd: 2 leveranciers, 3 applicaties, 5 versies
            gewijzigd: 0 leveranciers, 0 applicaties, 0 versies
            ongewijzigd: 0 leveranciers, 0 applicaties, 0 versies
            overgeslagen: 3 regels
              export.csv:13:53: 'Pakket ID' is leeg, zodat de regel nergens bij hoort: vul de cel in of haal de regel weg
              export.csv:14:110: pakket 'b1a2c3d4-0004-4e5f-8a9b-0c1d2e3f4a5b' heeft geen 'Pakket Beschrijving' en een applicatie heeft een korte beschrijving nodig; het pakket en zijn versies zijn niet overgenomen: vul de beschrijving in
              export.csv:14:112: versie '1.0' is niet overgenomen omdat pakket 'b1a2c3d4-0004-4e5f-8a9b-0c1d2e3f4a5b' is overgeslagen
            niet gebruikte kolommen: Start ontwikkeling, Referentiecomponenten leverancier

            """)
        XCTAssertTrue(outcome.wrote)
        XCTAssertEqual(outcome.files, ["organisaties.json", "applicaties.json", "applicatieversies.json"].map { data.path + "/" + $0 })
        XCTAssertEqual(try data.loadErrors(), [], "what the import writes must load")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasPrefix(".") }, [], "no temporary file stays behind")
    }

    func testCellsBecomeTheFieldsOfTheContract() throws {
        let data = try DataFolderFixture()
        _ = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        let organisaties = try objects(data, "organisaties.json")
        XCTAssertEqual(organisaties.first, .object([
            JSONField("id", .string(leverancier1)), JSONField("naam", .string("Dimpact; Software & Diensten")), JSONField("type", .string("Leverancier")),
        ]))
        let applicaties = try objects(data, "applicaties.json")
        XCTAssertEqual(applicaties.first, .object([
            JSONField("id", .string(pakket1)),
            JSONField("naam", .string("Zaaksysteem Plus")),
            JSONField("beschrijvingKort", .string("Zaakgericht werken voor gemeenten, van intake tot archief.")),
            JSONField("beschrijvingLang", .string("Zaakgericht werken voor gemeenten, van intake tot archief. Ondersteunt StUF-ZKN; ook de ZGW API's.\n\n"
                + "Met onder meer:\n- een \"zaakdossier\" per inwoner\n- koppelingen met het DMS")),
            JSONField("aanbieder", .string(leverancier1)),
            JSONField("website", .string("https://www.dimpact.example.nl/zaaksysteem")),
            JSONField("referentiecomponenten", .array([.string("a97b6545-d5a7-485d-9b13-3ce22db5b9cf"), .string("0e99ec6c-283a-4ec9-8efa-e11468e6b878")])),
        ]))
        XCTAssertEqual(applicaties[1].member("naam"), .string("Belastingen \"Compleet\""))
        XCTAssertEqual(applicaties[1].member("beschrijvingKort"), .string("Heffen en innen van belastingen; met o.a. WOZ en kwijtschelding."))
        XCTAssertNil(applicaties[2].member("beschrijvingLang"), "a one-sentence description is not repeated")
        let versies = try objects(data, "applicatieversies.json")
        XCTAssertEqual(versies.map { $0.member("id") }, ["3.1", "3.0", "4.0"].map { .string("\(pakket1)/\($0)") }
            + ["2.2", "1.0"].map { .string("b1a2c3d4-0002-4e5f-8a9b-0c1d2e3f4a5b/\($0)") })
        XCTAssertEqual(versies[0], .object([
            JSONField("id", .string("\(pakket1)/3.1")), JSONField("applicatie", .string(pakket1)), JSONField("versie", .string("3.1")),
            JSONField("beschrijvingKort", .string("Versie 3.1 met de ZGW API's.")), JSONField("status", .string("in gebruik")),
            JSONField("datumInGebruik", .string("2024-03-05")),
        ]))
        XCTAssertEqual(versies[1].member("datumEindeOndersteuning"), .string("2023-06-30"))
        XCTAssertEqual(versies[2].member("status"), .string("in ontwikkeling"))
        XCTAssertEqual(versies[4].member("datumTeruggetrokken"), .string("1998-08-15"))
    }

    func testASecondImportChangesNothing() throws {
        let data = try DataFolderFixture()
        _ = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        let before = try data.snapshot()
        let again = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        XCTAssertEqual(again.files, [])
        XCTAssertTrue(again.report?.hasPrefix("toegevoegd: 0 leveranciers, 0 applicaties, 0 versies\ngewijzigd: 0 leveranciers, 0 applicaties, 0 versies\n"
            + "ongewijzigd: 2 leveranciers, 3 applicaties, 5 versies\n") == true, again.report ?? "")
        XCTAssertEqual(try data.snapshot(), before)
    }

    func testADryRunWritesNothing() throws {
        let data = try DataFolderFixture()
        let before = try data.snapshot()
        let outcome = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: false)
        XCTAssertFalse(outcome.wrote)
        XCTAssertEqual(outcome.files.count, 3)
        XCTAssertEqual(try data.snapshot(), before)
    }

    /// Existing objects keep their place and every field the export does not fill; a field the
    /// export adds goes after the last field the contract puts before it (unknown fields are passed
    /// over); new objects are appended; untouched objects are written as JSONWriter writes them.
    func testMergingKeepsWhatTheExportDoesNotKnow() throws {
        let data = try DataFolderFixture()
        let gemeente = #"{"id": "gm-1", "naam": "Utrecht", "type": "Gemeente", "cbsCode": "GM0344", "inwonertal": 361699}"#
        try data.write("organisaties.json", "[\(gemeente), {\"id\": \"\(leverancier1)\", \"naam\": \"Dimpact\", \"type\": \"Leverancier\", \"kvkNummer\": \"12345678\"}]")
        try data.write("applicaties.json", """
            [{"id": "\(pakket1)", "naam": "Zaaksysteem", "beschrijvingKort": "Oud.", "aanbieder": "\(leverancier1)", "status": "Concept",
              "licentie": "EUPL", "eigenVeld": [1, 2]}]
            """)
        let outcome = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        XCTAssertFalse(outcome.problems.hasErrors, "\(outcome.problems)")
        XCTAssertTrue(outcome.report?.hasPrefix("toegevoegd: 1 leverancier, 2 applicaties, 5 versies\ngewijzigd: 1 leverancier, 1 applicatie, 0 versies\n") == true, outcome.report ?? "")
        let organisaties = try objects(data, "organisaties.json")
        XCTAssertEqual(organisaties.map { $0.member("id") }, [.string("gm-1"), .string(leverancier1), .string("2c4e6a8b-1d3f-4a5b-9c7d-0e2f4a6b8c0d")])
        XCTAssertEqual(organisaties[1], .object([
            JSONField("id", .string(leverancier1)), JSONField("naam", .string("Dimpact; Software & Diensten")), JSONField("type", .string("Leverancier")),
            JSONField("kvkNummer", .string("12345678")),
        ]))
        XCTAssertTrue(try data.read("organisaties.json").hasPrefix(JSONWriter.format(.array([try JSONReader.parse(Array(gemeente.utf8)).plain])).dropLast(3)),
                      "the untouched gemeente is written as JSONWriter writes it")
        let applicatie = try objects(data, "applicaties.json")[0]
        XCTAssertEqual(try keys(applicatie), ["id", "naam", "beschrijvingKort", "beschrijvingLang", "aanbieder", "status", "website", "licentie", "referentiecomponenten", "eigenVeld"])
        XCTAssertEqual(applicatie.member("status"), .string("Concept"))
        XCTAssertEqual(applicatie.member("eigenVeld"), .array([.number("1"), .number("2")]))
        XCTAssertEqual(applicatie.member("naam"), .string("Zaaksysteem Plus"))
    }

    func testAnEmptyCellNeverRemovesAValue() throws {
        let data = try DataFolderFixture()
        let id = "b1a2c3d4-0002-4e5f-8a9b-0c1d2e3f4a5b"
        try data.write("organisaties.json", #"[{"id": "2c4e6a8b-1d3f-4a5b-9c7d-0e2f4a6b8c0d", "naam": "Open Gemeenten", "type": "Leverancier"}]"#)
        try data.write("applicaties.json", """
            [{"id": "\(id)", "naam": "Belastingen", "beschrijvingKort": "Oud.", "aanbieder": "2c4e6a8b-1d3f-4a5b-9c7d-0e2f4a6b8c0d", "website": "https://oud.example.nl"}]
            """)
        _ = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        XCTAssertEqual(try objects(data, "applicaties.json")[0].member("website"), .string("https://oud.example.nl"), "the export's URL cell is empty")
    }

    func testALeverancierIdThatIsAGemeenteIsSkippedWithItsPakketten() throws {
        let data = try DataFolderFixture()
        try data.write("organisaties.json", #"[{"id": "6f0d1c2a-3b4e-4f5a-8b6c-7d8e9f0a1b2c", "naam": "Utrecht", "type": "Gemeente"}]"#)
        let outcome = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        let skipped = (outcome.report ?? "").split(separator: "\n").filter { $0.hasPrefix("  ") }.map { $0.replacingOccurrences(of: Fixtures.folder.path + "/valid/", with: "") }
        XCTAssertEqual(Array(skipped.prefix(5)), [
            "  export.csv:2:1: de id '6f0d1c2a-3b4e-4f5a-8b6c-7d8e9f0a1b2c' is in organisaties.json een Gemeente, geen leverancier; de leverancier en zijn pakketten zijn niet overgenomen: geef in organisaties.json die organisatie een andere id",
            "  export.csv:2:69: pakket 'b1a2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b' is niet overgenomen omdat zijn leverancier '6f0d1c2a-3b4e-4f5a-8b6c-7d8e9f0a1b2c' is overgeslagen",
            "  export.csv:6:71: versie '3.1' is niet overgenomen omdat pakket 'b1a2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b' is overgeslagen",
            "  export.csv:7:125: versie '3.0' is niet overgenomen omdat pakket 'b1a2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b' is overgeslagen",
            "  export.csv:8:125: versie '4.0' is niet overgenomen omdat pakket 'b1a2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b' is overgeslagen",
        ])
        XCTAssertEqual(try objects(data, "organisaties.json")[0].member("type"), .string("Gemeente"))
        XCTAssertEqual(try data.loadErrors(), [])
    }

    func testWithoutGemmaTheObjectIDsAreKeptAndThatIsSaidOnce() throws {
        let data = try DataFolderFixture(gemma: false)
        let outcome = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        XCTAssertEqual(lines(outcome.problems, cutting: data.path + "/"), [
            "gemma.xml: waarschuwing: geen GEMMA-model in de gegevensmap: de Object ID's in 'Referentiecomponenten leverancier UUID' zijn niet gecontroleerd; "
                + "installeer eerst gemma.xml (swc import gemma) en importeer dan opnieuw",
        ])
        XCTAssertEqual(try objects(data, "applicaties.json")[1].member("referentiecomponenten"),
                       .array([.string("dd600708-7aa3-48c3-aad9-056e15b3245c"), .string("99999999-0000-4000-8000-000000000000")]))
    }

    /// The folder is loaded as the import would leave it before anything is written: a problem the
    /// loader finds (here one that was there already) stops the import.
    func testNothingIsWrittenThatTheLoaderRefuses() throws {
        let data = try DataFolderFixture()
        try data.write("organisaties.json", "[]")
        try data.write("diensten.json", #"[{"id": "d1", "naam": "Hosting", "aanbieder": "bestaat-niet", "type": "Hosting"}]"#)
        let before = try data.snapshot()
        let outcome = SWCCSVImport.run(file: Fixtures.validExport, dataDirectory: data.path, write: true)
        XCTAssertEqual(outcome.problems.errors.map { $0.description.replacingOccurrences(of: data.path + "/", with: "") }, [
            "diensten.json:1:47 $[0].aanbieder: fout: 'bestaat-niet' in 'aanbieder' verwijst naar een organisatie die niet bestaat: verbeter de id of voeg het ontbrekende object toe",
        ])
        XCTAssertNil(outcome.report)
        XCTAssertEqual(try data.snapshot(), before)
    }

    /// A later row that says something else about its pakket: the first row wins, the cell is pointed at.
    func testConflictingRowsAreWarnings() throws {
        let csv = """
            Leverancier ID;Leverancier Naam;Pakket ID;Pakket Naam;Pakket Beschrijving;Pakketversie Naam
            L1;Acme;P1;Zaken;Zaken doen.;1.0
            L1;Acme BV;P1;Zaken Pro;;2.0
            L1;Acme;P1;Zaken;;1.0

            """
        let (report, _, problems) = SWCCSVImport.plan(SourceFile(relativePath: "e.csv", displayPath: "e.csv", text: csv), data: [:], folder: "d")
        XCTAssertEqual(problems.sorted.map(\.description), [
            "e.csv:3:4: waarschuwing: leverancier 'L1' heeft hier een andere 'Leverancier Naam' dan op regel 2; die van regel 2 is overgenomen: maak de regels gelijk",
            "e.csv:3:15: waarschuwing: pakket 'P1' heeft hier een andere 'Pakket Naam' dan op regel 2; die van regel 2 is overgenomen: maak de regels gelijk",
        ])
        XCTAssertEqual(report?.skipped.map(\.location.description), ["e.csv:4:19"])
        XCTAssertEqual(report?.added, ImportCounts(leveranciers: 1, applicaties: 1, versies: 2))
    }

    func testACommaSeparatedFileIsRecognised() {
        let csv = "Leverancier ID,Leverancier Naam,Pakket ID\nL1,Acme,P1\n"
        let (_, _, problems) = SWCCSVImport.plan(SourceFile(relativePath: "e.csv", displayPath: "e.csv", text: csv), data: [:], folder: "d")
        XCTAssertEqual(problems.sorted.map(\.description).map { $0.components(separatedBy: ": ").prefix(3).joined(separator: ": ") },
                       ["e.csv:1:1: fout: de kopregel heeft maar één kolom en bevat komma's"])
    }

    // MARK: Helpers

    private func objects(_ data: DataFolderFixture, _ name: String) throws -> [JSON] {
        guard case .array(let elements) = try JSONReader.parse(Array(data.read(name).utf8)).plain else { throw XCTSkip("\(name) is no array") }
        return elements
    }

    private func keys(_ object: JSON) throws -> [String] {
        guard case .object(let fields) = object else { throw XCTSkip("no object") }
        return fields.map(\.key)
    }
}

extension JSON {
    /// The value of the member `key` of an object.
    func member(_ key: String) -> JSON? {
        guard case .object(let fields) = self else { return nil }
        return fields.last { $0.key == key }?.value
    }
}
