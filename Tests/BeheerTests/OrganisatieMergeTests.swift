@testable import Beheer
import Diagnostics
import JSON
import XCTest

final class OrganisatieMergeTests: XCTestCase {
    private func merged(into: String = "gm-a", _ ids: [String] = ["gm-b", "gm-c"], files: [String: SourceFile] = SmallCatalogue.files()) throws -> ([String: [[JSONField]]], MergePlan) {
        let plan = try Merge.plan(.organisaties, into: into, merged: ids, files: files, folder: "data").get()
        var result: [String: [[JSONField]]] = [:]
        for (name, file) in files { result[name] = file.objects() }
        for file in plan.files { result[file.name] = SourceFile(relativePath: file.name, displayPath: file.path, bytes: file.bytes).objects() }
        return (result, plan)
    }

    private func record(_ id: String, in objects: [[JSONField]]?, file: StaticString = #filePath, line: UInt = #line) -> [JSONField] {
        guard let found = objects?.first(where: { $0.id == id }) else {
            XCTFail("\(id) ontbreekt", file: file, line: line)
            return []
        }
        return found
    }

    func testLandscapeMovesAndDuplicateLinesFold() throws {
        let (data, _) = try merged()
        let gebruik = data["gebruik.json"]
        XCTAssertEqual(gebruik?.map(\.id), ["g-a1", "g-b2", "g-sw"], "g-b1 en g-c1 gaan op in g-a1, g-c2 in g-b2")
        let kept = record("g-a1", in: gebruik)
        XCTAssertEqual(kept["afnemer"], "gm-a")
        XCTAssertEqual(kept["status"], "In productie", "de meest gevorderde status; Uitgefaseerd telt niet mee")
        XCTAssertEqual(kept["applicatieversie"], "v-1", "de versie van de blijvende regel")
        XCTAssertEqual(kept["startDatumInProductie"], "2020-01-01", "wat de blijvende regel mist komt van de samengevoegde")
        XCTAssertEqual(kept["interneAantekening"], "Alfa-notitie\n\nBravo-notitie")
        XCTAssertEqual(kept["verwerkingen"], [object(("naam", "Zaakafhandeling"))])
        XCTAssertEqual(kept["diensten"], ["d-1"])
        XCTAssertEqual(kept.map(\.key).prefix(6), ["id", "afnemer", "applicatie", "applicatieversie", "status", "diensten"], "de volgorde van de velden blijft")
        let second = record("g-b2", in: gebruik)
        XCTAssertEqual(second["afnemer"], "gm-a")
        XCTAssertEqual(second["status"], "In productie")
        XCTAssertEqual(record("g-sw", in: gebruik)["deelnemers"], ["gm-a"], "deelnemers van een samenwerking wijzen naar de blijvende, één keer")
    }

    func testKoppelingenAndContractenFollowFoldedLines() throws {
        let (data, _) = try merged()
        let k1 = record("k-1", in: data["koppelingen.json"]), k2 = record("k-2", in: data["koppelingen.json"])
        XCTAssertEqual([k1["bron"], k1["doel"]], ["g-a1", "g-b2"])
        XCTAssertEqual([k2["bron"], k2["doel"]], ["g-b2", "g-a1"])
        XCTAssertEqual(record("c-1", in: data["contracten.json"])["gebruik"], "g-a1")
    }

    func testNewestBeoordelingPerSubjectStays() throws {
        let (data, plan) = try merged()
        let beoordelingen = data["beoordelingen.json"]
        XCTAssertEqual(beoordelingen?.map(\.id), ["b-b", "b-d"], "b-b is de nieuwste over app-1; b-a en b-c (zonder datum) vervallen")
        XCTAssertEqual(record("b-b", in: beoordelingen)["afnemer"], "gm-a")
        XCTAssertEqual(record("b-d", in: beoordelingen)["afnemer"], "gm-a")
        XCTAssertTrue(plan.summary.unwrapped.contains("b-a (b-b blijft)"), plan.summary)
    }

    func testOrganisatiesGetOpgegaanInAndKeepUnknownFields() throws {
        let (data, plan) = try merged()
        let organisaties = data["organisaties.json"]
        let bravo = record("gm-b", in: organisaties)
        XCTAssertEqual(bravo["opgegaanIn"], "gm-a")
        XCTAssertNil(bravo["deelnames"], "deelnames gaan naar de blijvende")
        XCTAssertEqual(bravo["eigenVeld"], "blijft", "onbekende velden blijven staan")
        XCTAssertNil(bravo["status"], "de status blijft zoals hij was")
        XCTAssertEqual(record("gm-c", in: organisaties)["status"], "Deactief")
        XCTAssertEqual(record("gm-a", in: organisaties)["deelnames"], ["sw-1", "com-1"])
        XCTAssertEqual(record("gm-old", in: organisaties)["opgegaanIn"], "gm-a", "een eerdere samenvoeging wijst nu naar de blijvende")
        XCTAssertEqual(record("cp-b", in: data["contactpersonen.json"])["organisatie"], "gm-a")
        XCTAssertEqual(record("app-2", in: data["applicaties.json"])["geregistreerdDoor"], "gm-a")
        XCTAssertTrue(plan.summary.unwrapped.contains("Bravo (gm-b) houdt status 'Actief'"), plan.summary)
        XCTAssertFalse(plan.summary.contains("Charlie (gm-c) houdt status"), "wie al Deactief is, is niet zichtbaar")
    }

    func testSummaryCountsAndNamesPerFile() throws {
        let (_, plan) = try merged()
        XCTAssertEqual(plan.files.map(\.name), [
            "organisaties.json", "contactpersonen.json", "applicaties.json", "gebruik.json", "koppelingen.json", "beoordelingen.json", "contracten.json",
        ])
        let summary = plan.summary
        XCTAssertTrue(summary.hasPrefix("Samenvoegen van organisaties: Bravo (gm-b), Charlie (gm-c) → Alfa (gm-a)\n"), summary)
        XCTAssertTrue(summary.contains("gebruik.json: 3 objecten gewijzigd, 3 verwijderd\n"), summary)
        XCTAssertTrue(summary.contains("  samengevoegd met een regel van dezelfde applicatie (3): g-b1 → g-a1 (app-1), g-c1 → g-a1 (app-1"), summary)
        XCTAssertTrue(summary.contains("      g-c2 → g-b2 (app-2)\n"), "lange regels lopen ingesprongen door: \(summary)")
        XCTAssertTrue(summary.contains("  overgezet naar Alfa (gm-a) (1): g-b2\n"), "samengevoegde regels staan alleen bij 'samengevoegd': \(summary)")
        XCTAssertTrue(summary.contains("organisaties.json: 4 objecten gewijzigd\n  opgegaan in Alfa (gm-a) (2): gm-b, gm-c\n  deelnames aangevuld met com-1 (1): gm-a\n"), summary)
        XCTAssertTrue(summary.contains("  aangevuld of bijgewerkt (1): g-a1\n"), summary)
        XCTAssertTrue(summary.contains("beoordelingen.json: 2 objecten gewijzigd, 2 verwijderd\n"), summary)
    }

    func testMergingAgainChangesNothing() throws {
        let (data, _) = try merged()
        var again: [String: SourceFile] = [:]
        for (name, objects) in data { again[name] = SourceFile(relativePath: name, displayPath: "data/" + name, text: JSONWriter.format(.array(objects.map(JSON.object)))) }
        let plan = try Merge.plan(.organisaties, into: "gm-a", merged: ["gm-b", "gm-c"], files: again, folder: "data").get()
        XCTAssertTrue(plan.isEmpty)
        XCTAssertTrue(plan.summary.unwrapped.contains("Niets te wijzigen"), plan.summary)
    }

    func testUnchangedObjectsStayByteIdentical() throws {
        let files = SmallCatalogue.files()
        let (_, plan) = try merged(files: files)
        for file in plan.files {
            let original = files[file.name]!
            let valuesBefore = Dictionary(uniqueKeysWithValues: original.objects().map { ($0.id, $0) })
            let valuesAfter = SourceFile(relativePath: file.name, displayPath: file.path, bytes: file.bytes).objects()
            let (textsBefore, textsAfter) = (objectTexts(original.bytes), objectTexts(file.bytes))
            for object in valuesAfter where valuesBefore[object.id] == object {
                XCTAssertEqual(textsAfter[object.id], textsBefore[object.id], "\(file.name) \(object.id)")
            }
        }
        let organisaties = try XCTUnwrap(plan.files.first { $0.name == "organisaties.json" })
        XCTAssertEqual(objectTexts(organisaties.bytes)["lev-1"], objectTexts(files["organisaties.json"]!.bytes)["lev-1"])
    }
}
