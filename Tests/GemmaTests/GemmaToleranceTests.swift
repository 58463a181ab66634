import Diagnostics
@testable import Gemma
import XCTest

/// Problems inside a well-formed model are warnings at the right line; the model still loads.
final class GemmaToleranceTests: XCTestCase {
    private func warnings(_ xml: String) throws -> [String] {
        let (model, diagnostics) = read(xml)
        XCTAssertNotNil(model)
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning }, "\(diagnostics)")
        return diagnostics.map(located)
    }

    func testMissingPropertyDefinitionWarnsOnceAtItsFirstUse() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "<propertyDefinition identifier=\"propid-9\" type=\"string\"><name>Release</name></propertyDefinition>", with: "")
        let at = position(of: "<property propertyDefinitionRef=\"propid-9\">", in: xml)
        XCTAssertEqual(try warnings(xml), [
            "\(at.line):\(at.column): waarschuwing: Eigenschap verwijst naar eigenschapdefinitie 'propid-9', maar die "
                + "staat niet in <propertyDefinitions> (1 keer gebruikt). Deze eigenschappen worden overgeslagen, dus "
                + "bijvoorbeeld Object ID of GEMMA type kan ontbreken. Exporteer het model opnieuw uit Archi "
                + "(File › Export › Model to Open Exchange File).",
        ])
        XCTAssertNil(read(xml).0?.release)
    }

    func testPropertyWithoutDefinitionRefIsSkippedWithAWarning() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "<property propertyDefinitionRef=\"propid-9\">", with: "<property>")
        let at = position(of: "<property><value xml:lang=\"nl\">2026-06-30", in: xml)
        XCTAssertEqual(try warnings(xml), [
            "\(at.line):\(at.column): waarschuwing: Eigenschap zonder propertyDefinitionRef; ze wordt overgeslagen. "
                + "Exporteer het model opnieuw uit Archi (File › Export › Model to Open Exchange File).",
        ])
    }

    func testPropertyDefinitionWithoutNameWarnsAtTheDefinition() throws {
        let xml = minimalModel.replacingOccurrences(of: "<name>Titel view SWC</name>", with: "")
        let at = position(of: "<propertyDefinition identifier=\"propid-7\"", in: xml)
        let found = try warnings(xml)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("\(at.line):\(at.column): waarschuwing: Eigenschapdefinitie 'propid-7' heeft geen naam"), found[0])
        XCTAssertEqual(read(xml).0?.views.first?.naam, "RC00 intern")
    }

    func testUnknownVerbindingsrolWarnsAtTheRelationship() throws {
        let xml = minimalModel.replacingOccurrences(of: "<value>Aanbevolen</value>", with: "<value>Optioneel</value>")
        let at = position(of: "<relationship identifier=\"id-r2\"", in: xml)
        XCTAssertEqual(try warnings(xml), [
            "\(at.line):\(at.column): waarschuwing: Verbindingsrol 'Optioneel' op de realisatie van standaard "
                + "'Archiefwet' door referentiecomponent 'Zaakregistratiecomponent' is onbekend; de standaard wordt "
                + "niet getoond. Gebruik 'Verplicht' of 'Aanbevolen'.",
        ])
        XCTAssertEqual(read(xml).0?.referentiecomponenten.first?.standaarden.map(\.standaard), ["guid-std"])
    }

    func testMissingVerbindingsrolWarns() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "<property propertyDefinitionRef=\"propid-4\"><value>Verplicht</value></property>", with: "")
        let at = position(of: "<relationship identifier=\"id-r1\"", in: xml)
        let found = try warnings(xml)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("\(at.line):\(at.column): waarschuwing: De realisatie van standaard 'StUF'"), found[0])
    }

    func testLongRelationshipTypeNameIsReadAndWarned() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "identifier=\"id-r3\" xsi:type=\"Specialization\"", with: "identifier=\"id-r3\" xsi:type=\"SpecializationRelationship\"")
        let at = position(of: "<relationship identifier=\"id-r3\"", in: xml)
        XCTAssertEqual(try warnings(xml), [
            "\(at.line):\(at.column): waarschuwing: Relatietype 'SpecializationRelationship' is niet geldig in het "
                + "uitwisselformaat; gelezen als 'Specialization'. Schrijf xsi:type=\"Specialization\".",
        ])
        XCTAssertEqual(read(xml).0?.standaarden.last?.versies, ["guid-v2", "guid-v3"])
    }

    func testUnknownRelationshipTypeIsSkippedWithAWarning() throws {
        let xml = minimalModel.replacingOccurrences(of: "xsi:type=\"Serving\"", with: "xsi:type=\"Bedient\"")
        let at = position(of: "<relationship identifier=\"id-r6\"", in: xml)
        let found = try warnings(xml)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("\(at.line):\(at.column): waarschuwing: Onbekend relatietype 'Bedient'"), found[0])
    }

    func testReversedSpecializationStillLinksTheVersie() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "xsi:type=\"Specialization\" source=\"id-v3\" target=\"id-std\"",
            with: "xsi:type=\"Specialization\" source=\"id-std\" target=\"id-v3\"")
        let at = position(of: "<relationship identifier=\"id-r3\"", in: xml)
        let found = try warnings(xml)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("\(at.line):\(at.column): waarschuwing: De specialisatie tussen standaard 'StUF'"), found[0])
        XCTAssertEqual(read(xml).0?.standaardversies.map(\.standaard), ["guid-std", "guid-std"])
    }

    func testVersieWithoutStandaardWarns() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "<relationship identifier=\"id-r4\" xsi:type=\"Specialization\" source=\"id-v2\" target=\"id-std\"/>", with: "")
        let at = position(of: "<element identifier=\"id-v2\"", in: xml)
        XCTAssertEqual(try warnings(xml), [
            "\(at.line):\(at.column): waarschuwing: Standaardversie 'StUF 2.04' hoort bij geen standaard. "
                + "Leg in Archi een specialisatierelatie van de versie naar haar standaard.",
        ])
    }

    func testGemmaTypeOnTheWrongArchiMateTypeIsSkipped() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "<element identifier=\"id-digid\" xsi:type=\"ApplicationComponent\">",
            with: "<element identifier=\"id-digid\" xsi:type=\"Node\">")
        let found = try warnings(xml)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].contains("'DigiD' heeft GEMMA type 'Buitengemeentelijke voorziening' maar is een Node"), found[0])
        XCTAssertEqual(read(xml).0?.landelijkeVoorzieningen, [])
    }

    func testViewProblemsAreWarnings() throws {
        let xml = minimalModel
            .replacingOccurrences(of: "elementRef=\"id-std\"", with: "elementRef=\"id-weg\"")
            .replacingOccurrences(of: "target=\"id-n3\">", with: "target=\"id-n7\">")
        let node = position(of: "<node identifier=\"id-n3\"", in: xml)
        let line = position(of: "<connection identifier=\"id-c1\"", in: xml)
        let found = try warnings(xml)
        XCTAssertEqual(found.count, 2)
        XCTAssertTrue(found[0].hasPrefix("\(node.line):\(node.column): waarschuwing: View 'Alle referentiecomponenten' toont element 'id-weg'"), found[0])
        XCTAssertTrue(found[1].hasPrefix("\(line.line):\(line.column): waarschuwing: Een lijn in view 'Alle referentiecomponenten' verwijst naar 'id-n7'"), found[1])
        XCTAssertEqual(read(xml).0?.views.first?.connections, [])
    }
}
