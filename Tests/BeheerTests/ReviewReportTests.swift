@testable import Beheer
import Diagnostics
import Foundation
import JSON
import XCTest

final class ReviewReportTests: XCTestCase {
    /// The small catalogue with something to report: a concept organisation and applicatie, a
    /// duplicate applicatie and a leverancier registered twice.
    private let files = SmallCatalogue.files { contents in
        contents.append("organisaties.json",
                        object(("id", "lev-3"), ("naam", "Nieuw & <Anders> B.V."), ("type", "Leverancier"), ("status", "Concept"), ("kvkNummer", "0012 3456")),
                        object(("id", "lev-4"), ("naam", "Nieuw & <Anders>"), ("type", "Leverancier"), ("kvkNummer", "00123456"), ("website", "https://n.example.nl/")))
        contents.append("contactpersonen.json",
                        object(("id", "cp-n1"), ("organisatie", "lev-3"), ("voornaam", "Jan"), ("achternaam", "Vos"), ("emailadres", "jan@n.example.nl")),
                        object(("id", "cp-n2"), ("organisatie", "lev-3"), ("voornaam", "Els"), ("emailadres", "els@n.example.nl"), ("isAanspreekpunt", .bool(true))))
        contents.append("applicaties.json",
                        object(("id", "app-5"), ("naam", "Leverancier Een Zaken 2.0"), ("beschrijvingKort", "z"), ("aanbieder", "lev-1"), ("status", "Concept"), ("geregistreerdDoor", "gm-a")),
                        object(("id", "app-6"), ("naam", "Belastingzaken"), ("beschrijvingKort", "b"), ("aanbieder", "lev-2")))
    }

    private func report(_ files: [String: SourceFile]? = nil) throws -> [String: String] {
        let folder = try ReviewReport.make(files: files ?? self.files, folder: "data").get()
        return Dictionary(uniqueKeysWithValues: folder.files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    func testEveryPageAndTableIsWritten() throws {
        let pages = try report()
        XCTAssertEqual(pages.keys.sorted(), [
            "concept-applicaties.csv", "concept-organisaties.csv", "concepten.html", "dubbele-applicaties.csv", "dubbele-organisaties.csv",
            "dubbelen.html", "gemma-object-ids.csv", "gemma-verwijzingen.csv", "gemma.html", "index.html",
            "kwaliteit-ontbrekend.csv", "kwaliteit-per-type.csv", "kwaliteit.html",
        ])
        for (name, text) in pages where name.hasSuffix(".html") {
            XCTAssertTrue(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"), name)
            XCTAssertEqual(text.components(separatedBy: "<h1>").count, 2, "\(name): één h1")
            XCTAssertEqual(text.components(separatedBy: "<table>").count, text.components(separatedBy: "<caption>").count, "\(name): elke tabel een caption")
            XCTAssertFalse(text.contains("<Anders>"), "\(name): tekst uit de gegevens is ontsnapt")
        }
    }

    func testConceptsWithWhoRegisteredThem() throws {
        let pages = try report()
        // The aanspreekpunt first; the cell holds a ';', so CSV quotes it.
        XCTAssertEqual(pages["concept-organisaties.csv"], "\u{FEFF}Naam;Id;Type;KvK-nummer;Website;Aangemeld door\r\n"
            + "Nieuw & <Anders> B.V.;lev-3;Leverancier;0012 3456;;\"Els <els@n.example.nl>; Jan Vos <jan@n.example.nl>\"\r\n")
        XCTAssertEqual(pages["concept-applicaties.csv"], "\u{FEFF}Naam;Id;Aanbieder;Status aanbieder;Geregistreerd door;Versies;Gebruikt door\r\n"
            + "Leverancier Een Zaken 2.0;app-5;Leverancier Een (lev-1);Actief;Alfa (gm-a), Gemeente;0;0\r\n")
        XCTAssertTrue(pages["concepten.html"]!.contains("<th scope=\"row\">Nieuw &amp; &lt;Anders&gt; B.V.</th>"))
    }

    func testLikelyDuplicates() throws {
        let pages = try report()
        let applicaties = pages["dubbele-applicaties.csv"]!
        XCTAssertTrue(applicaties.contains("Leverancier Een (lev-1);Leverancier Een Zaken 2.0 (app-5, Concept);Zaken (app-1);zelfde naam ('zaken');swc merge applicaties --into app-1 app-5\r\n"), applicaties)
        XCTAssertFalse(applicaties.contains("app-6"), "Belastingzaken is van een andere aanbieder dan Zaken, en lijkt niet op Belastingen")
        let organisaties = pages["dubbele-organisaties.csv"]!
        XCTAssertTrue(organisaties.contains("Nieuw & <Anders> (lev-4);Nieuw & <Anders> B.V. (lev-3, Concept);Leverancier;\"zelfde KvK-nummer (00123456); zelfde naam ('nieuw anders')\";swc merge organisaties --into lev-4 lev-3"), organisaties)
    }

    func testQualityPerType() throws {
        let pages = try report()
        let perType = pages["kwaliteit-per-type.csv"]!
        // Alfa and Bravo are current gemeenten (Charlie and Oud are Deactief): only Alfa has a cbsCode.
        XCTAssertTrue(perType.contains("Gemeente;cbsCode;1;2;50,0%\r\n"), perType)
        XCTAssertTrue(perType.contains("Gemeente;aanspreekpunt (contactpersoon);1;2;50,0%\r\n"), perType)
        XCTAssertTrue(perType.contains("Leverancier;kvkNummer;2;4;50,0%\r\n"), perType)
        XCTAssertFalse(perType.contains(QualityReport.gemmaLabel), "zonder gemma.xml geen GEMMA-regel")
        XCTAssertTrue(pages["kwaliteit-ontbrekend.csv"]!.contains("Alfa;gm-a;Gemeente;provincie, inwonertal, website, emailadres, aanspreekpunt (contactpersoon)\r\n"))
        XCTAssertTrue(pages["gemma.html"]!.contains("geen leesbaar GEMMA-model"))
    }

    /// A referentiecomponent the model no longer has: the loader refuses the folder, the report lists it.
    func testReferencesBrokenByTheGemmaReleaseAreListedFromTheRawData() throws {
        var files = try TestData.demoFiles()
        let gebruik = String(decoding: files["gebruik.json"]!.bytes, as: UTF8.self)
        let first = try XCTUnwrap(gebruik.range(of: "\"referentiecomponenten\": [\n      \""))
        let changed = gebruik.replacingCharacters(in: first, with: "\"referentiecomponenten\": [\n      \"00000000-dead-beef-0000-000000000000\",\n      \"")
        files["gebruik.json"] = SourceFile(relativePath: "gebruik.json", displayPath: "content/catalogus/gebruik.json", text: changed)
        let pages = try report(files)
        let line = changed[..<first.lowerBound].filter { $0 == "\n" }.count + 1
        let csv = pages["gemma-verwijzingen.csv"]!
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count, 3, csv)
        XCTAssertTrue(csv.contains(";00000000-dead-beef-0000-000000000000;referentiecomponent\r\n"), csv)
        XCTAssertTrue(csv.contains("$[0].referentiecomponenten[0];gebruik geb-000001 van "), csv)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Plek;Wat;Veld;Object ID;Soort\r\ngebruik.json:2:3 "), "de plek van het object: \(csv), regel \(line)")
        XCTAssertTrue(pages["index.html"]!.contains("vond 1 fout en"), pages["index.html"]!)
        XCTAssertTrue(pages["gemma-object-ids.csv"]!.contains("00000000-dead-beef-0000-000000000000;referentiecomponent;1;gebruik.json\r\n"))
        XCTAssertTrue(pages["kwaliteit-per-type.csv"]!.contains("Gemeente;\(QualityReport.gemmaLabel);"))
    }

    func testDemoReports() throws {
        let pages = try report(try TestData.demoFiles())
        let rows = { (name: String) in pages[name]!.components(separatedBy: "\r\n").count - 2 }
        XCTAssertEqual(rows("concept-organisaties.csv"), 1)
        XCTAssertEqual(rows("concept-applicaties.csv"), 9)
        XCTAssertEqual(rows("gemma-verwijzingen.csv"), 0, "de demo verwijst alleen naar bestaande GEMMA-objecten")
        XCTAssertTrue(pages["index.html"]!.contains("vond 0 fouten en 3 waarschuwingen"), pages["index.html"]!)
        XCTAssertTrue(pages["dubbele-organisaties.csv"]!.components(separatedBy: "\r\n").allSatisfy { !$0.contains("Bergen (") || !$0.contains("Gemeente;zelfde naam ('bergen')") },
                      "de twee gemeenten Bergen hebben elk een eigen CBS-code")
        print("demo: " + ["concept-organisaties.csv", "concept-applicaties.csv", "dubbele-applicaties.csv", "dubbele-organisaties.csv", "kwaliteit-ontbrekend.csv", "gemma-verwijzingen.csv"].map { "\($0)=\(rows($0))" }.joined(separator: " "))
    }
}
