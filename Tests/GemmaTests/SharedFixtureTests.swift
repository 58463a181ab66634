import Diagnostics
@testable import Gemma
import XCTest

/// The real exchange files in `../shared/fixtures/ameff`; skipped when that folder is absent.
final class SharedFixtureTests: XCTestCase {
    func testGemmaRelease() throws {
        let (model, diagnostics) = GemmaReader.read(try sharedFixture("gemma-release-from-coarchi.xml"), file: "gemma.xml")
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        let gemma = try XCTUnwrap(model)
        XCTAssertEqual(gemma.referentiecomponenten.count, 171)
        XCTAssertEqual(gemma.views.count, 20)
        XCTAssertEqual(gemma.release, "2026-06-30")
        XCTAssertGreaterThanOrEqual(gemma.landelijkeVoorzieningen.count, 1)
        XCTAssertTrue(gemma.landelijkeVoorzieningen.contains { $0.naam == "DigiD" })

        let standaarden = Set(gemma.standaarden.map(\.objectID))
        let rollen = gemma.referentiecomponenten.flatMap(\.standaarden)
        XCTAssertFalse(rollen.isEmpty)
        for rol in rollen { XCTAssertTrue(standaarden.contains(rol.standaard), rol.standaard) }
        XCTAssertTrue(rollen.contains { $0.rol == .verplicht })
        XCTAssertTrue(rollen.contains { $0.rol == .aanbevolen })

        // Every version hangs under a standaard (Specialization versie → standaard), and back.
        let versies = Set(gemma.standaardversies.map(\.objectID))
        XCTAssertEqual(gemma.standaardversies.filter { $0.standaard == nil }.map(\.naam), [])
        XCTAssertEqual(Set(gemma.standaarden.flatMap(\.versies)), versies)
        let services = Set(gemma.applicatieservices.map(\.objectID))
        XCTAssertTrue(gemma.referentiecomponenten.flatMap(\.applicatieservices).allSatisfy(services.contains))

        // Determinism: sorted by naam, and the same twice.
        XCTAssertEqual(gemma.referentiecomponenten.map { $0.naam.lowercased() },
                       gemma.referentiecomponenten.map { $0.naam.lowercased() }.sorted())
        XCTAssertEqual(GemmaReader.read(try sharedFixture("gemma-release-from-coarchi.xml"), file: "gemma.xml").0, model)

        for view in gemma.views {
            let ends = Set(view.nodes.map(\.identifier) + view.connections.map(\.identifier))
            XCTAssertFalse(view.nodes.isEmpty, view.naam)
            XCTAssertTrue(view.connections.allSatisfy { ends.contains($0.source) && ends.contains($0.target) }, view.naam)
            XCTAssertTrue(view.nodes.allSatisfy { $0.x + $0.w <= view.breedte && $0.y + $0.h <= view.hoogte }, view.naam)
        }
    }

    func testOverGemmaExport() throws {
        let (model, diagnostics) = GemmaReader.read(try sharedFixture("over-gemma-2025-01-29.xml"), file: "over.xml")
        XCTAssertNotNil(model)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(model?.release, "2025-01-29")
        // This real export has a property definition without a name.
        XCTAssertTrue(diagnostics.map(located).contains { $0.hasPrefix("19847:5: waarschuwing: Eigenschapdefinitie 'propid-32' heeft geen naam") })
    }

    func testArchiMedesExcerptWithoutPropertyDefinitionsWarns() throws {
        let (model, diagnostics) = GemmaReader.read(try sharedFixture("gemma-archimedes-excerpt.xml"), file: "excerpt.xml")
        XCTAssertNotNil(model)
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning })
        XCTAssertTrue(diagnostics.map(located).contains { $0.hasPrefix("18:5: waarschuwing: Eigenschap verwijst naar eigenschapdefinitie 'propid-2'") })
        XCTAssertEqual(model?.naam, "GEMMA")
        XCTAssertNil(model?.release)
    }

    func testMalformedArchiMedesExcerpt() throws {
        let (model, diagnostics) = GemmaReader.read(try sharedFixture("gemma-archimedes-excerpt-malformed.xml"), file: "malformed.xml")
        XCTAssertNil(model)
        XCTAssertEqual(diagnostics.map(located).map { String($0.prefix(60)) }, [
            "54:1: fout: Eindtag </model> past niet bij <elements> (geope",
        ])
    }
}
