import XCTest
import JSON
@testable import Demo

/// The demo at scale 0.05 keeps the data contract: every reference resolves, every rule holds.
final class DemoReferenceTests: XCTestCase {
    private var catalogue: ParsedCatalogue { DemoFixture.smallCatalogue }

    func testEveryReferenceAndEnumerationIsValid() {
        let problems = ReferenceChecker.check(catalogue, gemma: DemoFixture.gemma)
        XCTAssertEqual(problems.count, 0, "eerste problemen:\n" + problems.prefix(20).joined(separator: "\n"))
    }

    func testCheckerFindsBrokenReferences() throws {
        var files = catalogue.files
        var koppelingen = files["koppelingen"] ?? []
        let gebruik = catalogue["gebruik"]
        let bron = try XCTUnwrap(koppelingen.first { $0["doel"] != nil }?["bron"])
        let elsewhere = try XCTUnwrap(gebruik.last?["id"])
        koppelingen.append(.object([JSONField("id", .string("kop-x")), JSONField("bron", bron), JSONField("doel", elsewhere)]))
        koppelingen.append(.object([JSONField("id", .string("kop-y")), JSONField("bron", .string("geb-nergens"))]))
        files["koppelingen"] = koppelingen
        files["beoordelingen"] = [.object([
            JSONField("id", .string("beo-x")), JSONField("afnemer", .string("org-0001")), JSONField("waardering", .integer(6)),
        ])]
        let problems = ReferenceChecker.check(ParsedCatalogue(files: files, catalogus: catalogue.catalogus), gemma: DemoFixture.gemma)
        XCTAssertEqual(problems.sorted(), [
            "beoordelingen.json beo-x: niet precies één van applicatie en dienst",
            "beoordelingen.json beo-x: waardering buiten 1–5",
            "koppelingen.json kop-x: doel hoort bij een andere afnemer dan bron",
            "koppelingen.json kop-y: bron 'geb-nergens' bestaat niet in gebruik.json",
            "koppelingen.json kop-y: niet precies één van doel en buitengemeentelijkeVoorziening",
        ])
    }

    func testKoppelingDoelBelongsToTheSameAfnemer() {
        var afnemer: [String: String] = [:]
        for line in catalogue["gebruik"] { afnemer[line["id"]?.string ?? ""] = line["afnemer"]?.string }
        let withinLandscape = catalogue["koppelingen"].filter { $0["doel"] != nil }
        XCTAssertFalse(withinLandscape.isEmpty)
        for koppeling in withinLandscape {
            let bron = afnemer[koppeling["bron"]?.string ?? ""]
            XCTAssertNotNil(bron)
            XCTAssertEqual(bron, afnemer[koppeling["doel"]?.string ?? ""], koppeling["id"]?.string ?? "")
        }
    }

    func testKoppelingHasExactlyOneOfDoelAndVoorziening() {
        let koppelingen = catalogue["koppelingen"]
        let toVoorziening = koppelingen.filter { $0["buitengemeentelijkeVoorziening"] != nil }
        for koppeling in koppelingen {
            XCTAssertNotEqual(koppeling["doel"] == nil, koppeling["buitengemeentelijkeVoorziening"] == nil)
        }
        let share = Double(toVoorziening.count) / Double(koppelingen.count)
        XCTAssert((0.08...0.25).contains(share), "aandeel naar landelijke voorzieningen: \(share)")
    }

    func testGebruikAfnemerIsGemeenteOrSamenwerking() {
        var type: [String: String] = [:]
        for organisatie in catalogue["organisaties"] { type[organisatie["id"]?.string ?? ""] = organisatie["type"]?.string }
        let afnemerTypes = Set(catalogue["gebruik"].map { type[$0["afnemer"]?.string ?? ""] ?? "?" })
        XCTAssertEqual(afnemerTypes, ["Gemeente", "Samenwerking"])
    }

    func testBeoordelingen() {
        let beoordelingen = catalogue["beoordelingen"]
        for beoordeling in beoordelingen {
            XCTAssert((1...5).contains(beoordeling["waardering"]?.int ?? 0))
            XCTAssertNotEqual(beoordeling["applicatie"] == nil, beoordeling["dienst"] == nil)
        }
        let approved = beoordelingen.filter { $0["status"]?.string == "Goedgekeurd" }.count
        XCTAssertGreaterThan(approved, beoordelingen.count * 3 / 4)
        XCTAssert(beoordelingen.contains { $0["status"]?.string == "In behandeling" })
        XCTAssert(beoordelingen.contains { $0["dienst"] != nil })
    }

    func testEdgeCasesTheSiteMustHandleArePresent() {
        let applicaties = catalogue["applicaties"]
        XCTAssert(applicaties.contains { $0["status"]?.string == "Concept" && $0["geregistreerdDoor"] != nil })
        XCTAssert(applicaties.contains { $0["status"]?.string == "Gedepubliceerd" && $0["opgegaanIn"] != nil })
        XCTAssert(applicaties.contains { $0["beschrijvingLang"]?.string?.contains("| --- |") ?? false })
        XCTAssert(applicaties.contains { $0["beschrijvingLang"]?.string?.contains("\n- ") ?? false })
        let organisaties = catalogue["organisaties"]
        XCTAssert(organisaties.contains { $0["status"]?.string == "Deactief" && $0["opgegaanIn"] != nil })
        XCTAssert(organisaties.contains { $0["type"]?.string == "Community" })
        let gebruik = catalogue["gebruik"]
        XCTAssert(gebruik.contains { $0["interneAantekening"] != nil })
        XCTAssert(gebruik.contains { $0["verwerkingen"] != nil })
        XCTAssert(gebruik.contains { $0["deelnemers"] != nil })
        XCTAssert(catalogue["contactpersonen"].contains { $0["isAanspreekpunt"] == .bool(false) })
    }

    func testCompliancyFollowsTheStandaardenOfTheReferentiecomponenten() {
        var versiesPerComponent: [String: Set<String>] = [:]
        var versiesPerStandaard: [String: [String]] = [:]
        for standaard in DemoFixture.gemma.standaarden { versiesPerStandaard[standaard.objectID] = standaard.versies }
        for component in DemoFixture.gemma.referentiecomponenten {
            versiesPerComponent[component.objectID] = Set(component.standaarden.flatMap { versiesPerStandaard[$0.standaard] ?? [] })
        }
        var allowed: [String: Set<String>] = [:]
        for applicatie in catalogue["applicaties"] {
            allowed[applicatie["id"]?.string ?? ""] = (applicatie["referentiecomponenten"]?.strings ?? [])
                .reduce(into: Set<String>()) { $0.formUnion(versiesPerComponent[$1] ?? []) }
        }
        let rows = catalogue["compliancy"]
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            XCTAssert(allowed[row["applicatie"]?.string ?? ""]?.contains(row["standaardversie"]?.string ?? "") ?? false)
        }
        let supported = Double(rows.filter { $0["ondersteund"] == .bool(true) }.count) / Double(rows.count)
        XCTAssert((0.7...0.8).contains(supported), "aandeel ondersteund: \(supported)")
    }
}
