@testable import Beheer
import Diagnostics
import JSON
import XCTest

final class ApplicatieMergeTests: XCTestCase {
    /// app-2 is a duplicate of app-1 (same leverancier): gm-b and gm-c use both, and it has a
    /// version, compliancy, a dienst and a beoordeling of its own.
    private let files = SmallCatalogue.files { contents in
        contents.append("applicatieversies.json",
                        object(("id", "v-3"), ("applicatie", "app-2"), ("versie", " 2.0"), ("datumInGebruik", "2024-01-01")),
                        object(("id", "v-4"), ("applicatie", "app-2"), ("versie", "3.0")))
        contents.append("compliancy.json",
                        object(("id", "cx-1"), ("applicatie", "app-1"), ("standaardversie", "sv-x"), ("ondersteund", .bool(true))),
                        object(("id", "cx-2"), ("applicatie", "app-2"), ("standaardversie", "sv-x"), ("ondersteund", .bool(false))),
                        object(("id", "cx-3"), ("applicatie", "app-2"), ("standaardversie", "sv-y"), ("ondersteund", .bool(true))))
        contents.append("diensten.json",
                        object(("id", "d-2"), ("naam", "Beheer"), ("aanbieder", "lev-1"), ("type", "Applicatiebeheer"), ("applicaties", ["app-2", "app-1"])))
        contents.append("beoordelingen.json",
                        object(("id", "b-e"), ("afnemer", "gm-b"), ("applicatie", "app-2"), ("waardering", .integer(2)), ("datum", "2026-06-01")))
        contents.append("applicaties.json",
                        object(("id", "app-4"), ("naam", "Module"), ("beschrijvingKort", "m"), ("aanbieder", "lev-1"), ("onderdeelVan", ["app-2"])))
        contents.append("koppelingen.json",
                        object(("id", "k-4"), ("bron", "g-a1"), ("buitengemeentelijkeVoorziening", "bv-1"), ("intermediair", "app-2")))
        guard case .array(var gebruik) = contents["gebruik.json"], case .object(var line) = gebruik[2] else { return }
        line.append(JSONField("applicatieversie", "v-3"))
        gebruik[2] = .object(line)  // g-b2 runs the duplicate's version 2.0
        contents["gebruik.json"] = .array(gebruik)
    }

    private func merged() throws -> ([String: [[JSONField]]], MergePlan) {
        let plan = try Merge.plan(.applicaties, into: "app-1", merged: ["app-2"], files: files, folder: "data").get()
        var result: [String: [[JSONField]]] = [:]
        for (name, file) in files { result[name] = file.objects() }
        for file in plan.files { result[file.name] = SourceFile(relativePath: file.name, displayPath: file.path, bytes: file.bytes).objects() }
        return (result, plan)
    }

    private func record(_ id: String, in objects: [[JSONField]]?) -> [JSONField] {
        objects?.first { $0.id == id } ?? []
    }

    func testVersionsMoveAndTheSameVersionFolds() throws {
        let (data, _) = try merged()
        let versies = data["applicatieversies.json"]
        XCTAssertEqual(versies?.map(\.id), ["v-1", "v-2", "v-4"], "v-3 is dezelfde versie als v-2")
        XCTAssertEqual(record("v-2", in: versies)["datumInGebruik"], "2024-01-01")
        XCTAssertEqual(record("v-4", in: versies)["applicatie"], "app-1")
    }

    func testGebruikFoldsPerOrganisationAndKoppelingenToItselfGo() throws {
        let (data, plan) = try merged()
        let gebruik = data["gebruik.json"]
        XCTAssertEqual(gebruik?.map(\.id), ["g-a1", "g-b1", "g-c1", "g-sw"])
        XCTAssertEqual(record("g-c1", in: gebruik)["status"], "Gepland", "Gepland (van de dubbele) gaat boven Uitgefaseerd")
        XCTAssertEqual(record("g-b1", in: gebruik)["applicatieversie"], "v-2")
        XCTAssertEqual(data["koppelingen.json"]?.map(\.id), ["k-4"], "k-1 en k-2 verbonden nu een applicatie met zichzelf")
        XCTAssertEqual(record("k-4", in: data["koppelingen.json"])["intermediair"], "app-1")
        XCTAssertTrue(plan.summary.unwrapped.contains("verwijderd: verbond na het samenvoegen een applicatie met zichzelf (2): k-1, k-2"), plan.summary)
    }

    func testCompliancyDienstenBeoordelingenAndParts() throws {
        let (data, _) = try merged()
        XCTAssertEqual(data["compliancy.json"]?.map(\.id), ["cx-1", "cx-3"], "de blijvende had sv-x al")
        XCTAssertEqual(record("cx-3", in: data["compliancy.json"])["applicatie"], "app-1")
        XCTAssertEqual(record("d-2", in: data["diensten.json"])["applicaties"], ["app-1"])
        XCTAssertEqual(record("d-1", in: data["diensten.json"])["applicaties"], ["app-1"])
        let beoordelingen = data["beoordelingen.json"]
        XCTAssertEqual(record("b-e", in: beoordelingen)["applicatie"], "app-1")
        XCTAssertTrue(record("b-b", in: beoordelingen).isEmpty, "b-e van dezelfde gemeente is nieuwer")
        XCTAssertEqual(record("app-4", in: data["applicaties.json"])["onderdeelVan"], ["app-1"])
        let merged = record("app-2", in: data["applicaties.json"])
        XCTAssertEqual(merged["opgegaanIn"], "app-1")
        XCTAssertEqual(merged["naam"], "Burgerzaken", "de samengevoegde applicatie blijft staan, voor doorverwijzingen")
    }
}
