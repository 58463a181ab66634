import Diagnostics
@testable import Gemma
import XCTest

/// Reading a small GEMMA-like model: properties by name, Verbindingsrol, versies, views.
final class GemmaReaderTests: XCTestCase {
    func testReadsTheMinimalModelWithoutProblems() throws {
        let (model, diagnostics) = read(minimalModel)
        XCTAssertEqual(diagnostics.map(located), [])
        let gemma = try XCTUnwrap(model)
        XCTAssertEqual(gemma.naam, "GEMMA")
        XCTAssertEqual(gemma.release, "2026-06-30")
        XCTAssertEqual(gemma.referentiecomponenten, [
            Referentiecomponent(
                objectID: "guid-rc1", identifier: "id-rc1", naam: "Zaakregistratiecomponent",
                beschrijving: "Registreert zaken & documenten.",
                standaarden: [
                    StandaardRol(standaard: "guid-arch", rol: .aanbevolen),
                    StandaardRol(standaard: "guid-std", rol: .verplicht),
                ],
                applicatieservices: ["guid-as"]),
        ])
        XCTAssertEqual(gemma.standaarden, [
            Standaard(objectID: "guid-arch", identifier: "id-arch", naam: "Archiefwet", beschrijving: ""),
            Standaard(objectID: "guid-std", identifier: "id-std", naam: "StUF", beschrijving: "", versies: ["guid-v2", "guid-v3"]),
        ])
        XCTAssertEqual(gemma.standaardversies, [
            Standaardversie(objectID: "guid-v2", identifier: "id-v2", naam: "StUF 2.04", beschrijving: "", standaard: "guid-std"),
            Standaardversie(objectID: "guid-v3", identifier: "id-v3", naam: "StUF 3.01", beschrijving: "", standaard: "guid-std"),
        ])
        XCTAssertEqual(gemma.landelijkeVoorzieningen, [
            LandelijkeVoorziening(objectID: "guid-digid", identifier: "id-digid", naam: "DigiD", beschrijving: "Inloggen <met> BSN"),
        ])
        XCTAssertEqual(gemma.applicatieservices, [
            Applicatieservice(objectID: "guid-as", identifier: "id-as", naam: "Zaken registreren", beschrijving: ""),
        ])
    }

    func testKeepsOnlyViewsPublishedToTheSoftwarecatalogus() throws {
        let gemma = try XCTUnwrap(read(minimalModel).0)
        XCTAssertEqual(gemma.views, [
            GemmaView(
                identifier: "id-view-swc", objectID: "guid-view", naam: "Alle referentiecomponenten",
                breedte: 520, hoogte: 400,
                nodes: [
                    GemmaViewNode(
                        identifier: "id-n1", label: "Zaakgericht werken", soort: "Container", x: 10, y: 20, w: 300, h: 200,
                        fillColor: GemmaColor(r: 248, g: 248, b: 248), lineColor: GemmaColor(r: 0, g: 0, b: 0)),
                    GemmaViewNode(
                        identifier: "id-n2", elementRef: "id-rc1", objectID: "guid-rc1", label: "Zaakregistratiecomponent",
                        soort: "Element", elementType: "ApplicationComponent", x: 30, y: 60, w: 120, h: 55, parent: "id-n1"),
                    GemmaViewNode(
                        identifier: "id-n3", elementRef: "id-std", objectID: "guid-std", label: "StUF",
                        soort: "Element", elementType: "Constraint", x: 400, y: 60, w: 120, h: 55),
                    GemmaViewNode(
                        identifier: "id-n4", label: "Meer", soort: "Label", x: 400, y: 300, w: 90, h: 30,
                        viewRef: "id-view-other"),
                ],
                connections: [
                    GemmaViewConnection(
                        identifier: "id-c1", source: "id-n2", target: "id-n3", relationshipType: "Realization",
                        relationshipRef: "id-r1", bendpoints: [GemmaPoint(x: 200, y: 400)]),
                ]),
        ])
    }

    func testReadsTheSameModelWhateverThePropidNumbers() throws {
        // Swap two definition numbers everywhere: the result must not change.
        let swapped = minimalModel
            .replacingOccurrences(of: "propid-3\"", with: "propid-X\"")
            .replacingOccurrences(of: "propid-1\"", with: "propid-3\"")
            .replacingOccurrences(of: "propid-X\"", with: "propid-1\"")
        XCTAssertNotEqual(swapped, minimalModel)
        XCTAssertEqual(read(swapped).0, read(minimalModel).0)
    }

    func testFallsBackToTheIdentifierWhenObjectIDIsMissingAndWarns() throws {
        let xml = minimalModel.replacingOccurrences(
            of: "<property propertyDefinitionRef=\"propid-1\"><value>guid-as</value></property>", with: "")
        let (model, diagnostics) = read(xml)
        XCTAssertEqual(model?.applicatieservices.map(\.objectID), ["as"])
        XCTAssertEqual(model?.referentiecomponenten.first?.applicatieservices, ["as"])
        let at = position(of: "<element identifier=\"id-as\"", in: xml)
        XCTAssertEqual(diagnostics.map(located), [
            "\(at.line):\(at.column): waarschuwing: 'Zaken registreren' (id-as) heeft geen eigenschap Object ID; 'as' "
                + "wordt gebruikt. Verwijzingen uit de catalogus naar dit element breken als het model later een "
                + "ander Object ID geeft. Pas dit aan in het GEMMA-model in Archi en exporteer het opnieuw.",
        ])
    }

    func testSortsByNaamCaseInsensitivelyThenObjectID() throws {
        let xml = modelHeader + """

              <name>GEMMA</name>
              <elements>
                <element identifier="id-b" xsi:type="ApplicationService"><name>beheren</name>
                  <properties><property propertyDefinitionRef="p1"><value>2</value></property></properties></element>
                <element identifier="id-a2" xsi:type="ApplicationService"><name>Archiveren</name>
                  <properties><property propertyDefinitionRef="p1"><value>9</value></property></properties></element>
                <element identifier="id-a1" xsi:type="ApplicationService"><name>Archiveren</name>
                  <properties><property propertyDefinitionRef="p1"><value>1</value></property></properties></element>
                <element identifier="id-c" xsi:type="ApplicationService"><name>Bewaren</name>
                  <properties><property propertyDefinitionRef="p1"><value>3</value></property></properties></element>
              </elements>
              <propertyDefinitions><propertyDefinition identifier="p1" type="string"><name>Object ID</name></propertyDefinition></propertyDefinitions>
            </model>
            """
        XCTAssertEqual(read(xml).0?.applicatieservices.map(\.objectID), ["1", "9", "2", "3"])
    }

    func testEmptyModelIsEmpty() {
        XCTAssertEqual(GemmaModel.empty.referentiecomponenten, [])
        XCTAssertNil(GemmaModel.empty.release)
    }
}
