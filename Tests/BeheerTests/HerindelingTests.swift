@testable import Beheer
import CatalogusLoader
import Diagnostics
import Foundation
import JSON
import XCTest

/// The real herindeling of Voorne aan Zee (2023) on the demo catalogue.
final class HerindelingTests: XCTestCase {
    private func ids(_ row: HerindelingFixture.Row, in organisaties: [[JSONField]]) throws -> (into: String, merged: [String]) {
        let byCode = Dictionary(organisaties.compactMap { o -> (String, String)? in
            guard case .string(let code) = o["cbsCode"] else { return nil }
            return (code, o.id)
        }, uniquingKeysWith: { a, _ in a })
        let into = try XCTUnwrap(byCode[row.nieuweCbsCode], "\(row.nieuweNaam) ontbreekt in de demo")
        return (into, try row.opgeheven.map { try XCTUnwrap(byCode[$0.cbsCode], "\($0.naam) ontbreekt in de demo") })
    }

    func testFixtureMatchesTheSharedFile() throws {
        let shared = TestData.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/gemeenten/herindelingen.csv")
        guard let text = try? String(contentsOf: shared, encoding: .utf8) else {
            throw XCTSkip("../shared/fixtures/gemeenten/herindelingen.csv ontbreekt; de vaste rijen in HerindelingFixture worden niet vergeleken")
        }
        let all = HerindelingFixture.rows(text)
        for row in HerindelingFixture.rows(HerindelingFixture.csv) { XCTAssertTrue(all.contains(row), "\(row.nieuweNaam) staat niet zo in \(shared.path)") }
    }

    /// In the demo the herindelingen are already registered: merging them again changes nothing.
    func testDemoHerindelingenAreAlreadyMerged() throws {
        let demo = try TestData.demoFiles()
        for row in HerindelingFixture.rows(HerindelingFixture.csv) {
            let (into, merged) = try ids(row, in: demo["organisaties.json"]!.objects())
            let plan = try Merge.plan(.organisaties, into: into, merged: merged, files: demo, folder: "content/catalogus").get()
            XCTAssertTrue(plan.isEmpty, plan.summary)
            XCTAssertTrue(plan.summary.hasSuffix("Niets te wijzigen: alles is al samengevoegd.\n"), plan.summary)
        }
    }

    func testVoorneAanZeeGetsTheCombinedLandscape() throws {
        let demo = try TestData.demoFiles()
        let (into, merged) = try ids(HerindelingFixture.voorneAanZee, in: demo["organisaties.json"]!.objects())
        XCTAssertEqual([into] + merged, ["org-0342", "org-0354", "org-0355", "org-0356"])
        let before = try PreHerindeling(demo: demo, survivor: into, merged: merged)
        XCTAssertFalse(CatalogusLoader.load(before.files).1.hasErrors, "de uitgangssituatie moet zelf foutloos zijn")
        let landscape = { (files: [String: SourceFile], id: String) in files["gebruik.json"]!.objects().filter { $0["afnemer"] == .string(id) } }
        XCTAssertEqual(([into] + merged).map { landscape(before.files, $0).count }, [1, 3, 4, 3])

        let plan = try Merge.plan(.organisaties, into: into, merged: merged, files: before.files, folder: "content/catalogus").get()
        var after = before.files
        for file in plan.files { after[file.name] = SourceFile(relativePath: file.name, displayPath: file.path, bytes: file.bytes) }

        let (catalogus, problems) = CatalogusLoader.load(after)
        XCTAssertNotNil(catalogus)
        XCTAssertEqual(problems.errors.count, 0, problems.description)
        XCTAssertEqual(([into] + merged).map { landscape(after, $0).count }, [9, 0, 0, 0])
        let applicatie = { (line: [JSONField]) -> String in if case .string(let id) = line["applicatie"] { id } else { "" } }
        let applicaties = Set(([into] + merged).flatMap { landscape(before.files, $0).map(applicatie) })
        XCTAssertEqual(applicaties.count, 9)
        XCTAssertEqual(Set(landscape(after, into).map(applicatie)), applicaties, "één regel per applicatie van de vier")

        // The merge gives the demo's own landscape back, so its diff is exactly the merge.
        for name in ["gebruik.json", "contactpersonen.json", "beoordelingen.json"] {
            XCTAssertTrue(after[name]!.bytes == demo[name]!.bytes, "\(name) is niet byte voor byte de demo")
        }
        let koppelingen = objectTexts(after["koppelingen.json"]!.bytes), demoKoppelingen = objectTexts(demo["koppelingen.json"]!.bytes)
        XCTAssertEqual(koppelingen.count, demoKoppelingen.count + 1)
        for (id, text) in demoKoppelingen { XCTAssertEqual(koppelingen[id], text, id) }
        XCTAssertEqual(koppelingen["kop-900001"], "    \"id\": \"kop-900001\",\n    \"bron\": \"geb-003017\",\n    \"doel\": \"geb-003018\",\n    \"type\": \"api\"")

        let organisaties = objectTexts(after["organisaties.json"]!.bytes), original = objectTexts(before.files["organisaties.json"]!.bytes)
        let changed = Set(original.keys.filter { organisaties[$0] != original[$0] })
        XCTAssertEqual(changed, Set([into] + merged), "alleen de vier gemeenten veranderen")
        let survivor = after["organisaties.json"]!.objects().first { $0.id == into }!
        XCTAssertEqual(survivor["deelnames"], ["org-0358", "org-0360"])
        for id in merged {
            let old = after["organisaties.json"]!.objects().first { $0.id == id }!
            XCTAssertEqual(old["opgegaanIn"], .string(into))
            XCTAssertEqual(old["status"], "Actief", "de status blijft; de samenvatting zegt wat te doen")
        }
        XCTAssertEqual(plan.files.map(\.name), ["organisaties.json", "contactpersonen.json", "gebruik.json", "koppelingen.json", "beoordelingen.json"])
        XCTAssertTrue(plan.summary.unwrapped.contains("samengevoegd met een regel van dezelfde applicatie (2): geb-900001 → geb-003017 (app-00104), geb-900002 → geb-003025"), plan.summary)
        XCTAssertTrue(plan.summary.unwrapped.contains("beo-900001 (beo-00233 blijft)"), plan.summary)
        XCTAssertTrue(plan.summary.unwrapped.contains("Brielle (org-0354) houdt status 'Actief'"), plan.summary)
    }

    func testWriteReplacesTheFilesInPlace() throws {
        let demo = try TestData.demoFiles()
        let before = try PreHerindeling(demo: demo, survivor: "org-0342", merged: ["org-0354", "org-0355", "org-0356"])
        let folder = try TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, file) in before.files { try Data(file.bytes).write(to: folder.appendingPathComponent(name)) }
        XCTAssertEqual(chmod(folder.appendingPathComponent("gebruik.json").path, 0o640), 0)

        let plan = try Merge.plan(.organisaties, into: "org-0342", merged: ["org-0354", "org-0355", "org-0356"], folder: folder.path + "/").get()
        XCTAssertEqual(plan.files.first?.path, folder.path + "/organisaties.json")
        XCTAssertNil(plan.write())

        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(entries.filter { $0.hasPrefix(".") }, [], "geen tijdelijke bestanden achtergelaten")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("gebruik.json")), Data(demo["gebruik.json"]!.bytes))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("gebruik.json").path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o640, "het nieuwe bestand houdt de rechten van het oude")
        let again = try Merge.plan(.organisaties, into: "org-0342", merged: ["org-0354", "org-0355", "org-0356"], folder: folder.path).get()
        XCTAssertTrue(again.isEmpty, again.summary)
    }

    func testWriteFailureLeavesEverythingAsItWas() throws {
        let folder = try TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = MergePlan(files: [
            .init(name: "a.json", path: folder.path + "/a.json", bytes: Array("[]\n".utf8)),
            .init(name: "b.json", path: folder.path + "/nergens/b.json", bytes: Array("[]\n".utf8)),
        ], summary: "")
        let problems = try XCTUnwrap(plan.write())
        XCTAssertEqual(problems.items.first?.location.file, folder.path + "/nergens/b.json")
        XCTAssertTrue(problems.items.first?.message.contains("er is niets gewijzigd") ?? false)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "ook het eerste bestand is niet geschreven")
    }
}
