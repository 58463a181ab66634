import AMEFFExport
import CatalogusModel
import XCTest

/// Reading an exported landscape back gives the landscape that went in.
final class ReadBackTests: XCTestCase {
    private struct Line: Hashable {
        var applicatie: String
        var versie: String?
        var afnemer: String
        var status: String
        var referentiecomponenten: Set<String>
    }

    func testLandscapesReadBackAsTheirGebruik() throws {
        let catalogus = Fixture.catalogus().visible(to: .gemeenten)
        let gemeenten = try XCTUnwrap(AMEFFExport.Index(catalogus, pageURL: Fixture.pageURL).gemeenten)
        for afnemer in gemeenten.afnemers {
            let expected = catalogus.gebruik.filter { $0.afnemer == afnemer }.map { line in
                Line(applicatie: line.applicatie, versie: line.applicatieversie, afnemer: line.afnemer, status: line.status.rawValue,
                     referentiecomponenten: Set(line.referentiecomponenten))
            }
            for bytes in [gemeenten.landschap(afnemer), gemeenten.architectuur(afnemer)] {
                XCTAssertEqual(try lines(in: ExchangeFile(XCTUnwrap(bytes))).sorted(by: order), expected.sorted(by: order), afnemer)
            }
        }
    }

    func testWithoutGemmaModelReferencesAreKept() throws {
        var catalogus = Fixture.catalogus()
        catalogus.gemma = .empty
        let gemeenten = try XCTUnwrap(AMEFFExport.Index(catalogus.visible(to: .gemeenten), pageURL: Fixture.pageURL).gemeenten)
        let file = try ExchangeFile(XCTUnwrap(gemeenten.architectuur("gem-1")))
        let rc = try XCTUnwrap(file.element(objectID: Fixture.rcZaak))
        XCTAssertEqual(rc.type, "ApplicationComponent")
        XCTAssertEqual(rc.name, Fixture.rcZaak, "named by its Object ID")
        XCTAssertEqual(rc.properties["GEMMA type"], "Referentiecomponent")
        XCTAssertEqual(Set(lines(in: file).flatMap(\.referentiecomponenten)), [Fixture.rcZaak, Fixture.rcDocument])
        XCTAssertTrue(file.views.count == 2, "no GEMMA views without a model")
    }

    /// Serving "gebruikt door" from an applicatie, or from a versie that is a version of one, with
    /// the "wordt gebruikt voor" specializations of the same gebruik.
    private func lines(in file: ExchangeFile) -> [Line] {
        let objectID = { (identifier: String?) in identifier.flatMap { file.elements[$0]?.properties["Object ID"] } ?? "" }
        let versieVan = Dictionary(file.relationships(named: "is versie van").map { ($0.source ?? "", $0.target ?? "") },
                                   uniquingKeysWith: { first, _ in first })
        return file.relationships(named: "gebruikt door").map { serving in
            let used = serving.source ?? ""
            let isVersie = file.elements[used]?.properties["SWC type"] == "Applicatieversie"
            let gebruik = serving.properties["Object ID"]
            let rcs = file.relationships(named: "wordt gebruikt voor").filter { $0.properties["Gebruik ID"] == gebruik && $0.source == used }
            return Line(
                applicatie: objectID(isVersie ? versieVan[used] : used), versie: isVersie ? objectID(used) : nil,
                afnemer: objectID(serving.target), status: serving.properties["Gebruik status"] ?? "",
                referentiecomponenten: Set(rcs.map { objectID($0.target) }))
        }
    }

    private func order(_ a: Line, _ b: Line) -> Bool {
        (a.applicatie, a.versie ?? "", a.status) < (b.applicatie, b.versie ?? "", b.status)
    }
}
