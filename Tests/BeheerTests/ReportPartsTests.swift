@testable import Beheer
import XCTest

final class ReportPartsTests: XCTestCase {
    func testHTMLEscapingCoversTextAndAttributes() {
        XCTAssertEqual(HTMLEscaping.escape(#"<a href="x">'B&V'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;B&amp;V&#39;&lt;/a&gt;")
        XCTAssertEqual(HTMLEscaping.escape("Súdwest-Fryslân 🇳🇱"), "Súdwest-Fryslân 🇳🇱")
        XCTAssertEqual(HTMLEscaping.escape(""), "")
    }

    func testNameKeysDropWhatSaysNothing() {
        XCTAssertEqual(NameKey.key("Lindeware B.V."), "lindeware")
        XCTAssertEqual(NameKey.key("ZaakSysteem 2.0"), "zaaksysteem")
        XCTAssertEqual(NameKey.key("Zaaksysteem v3 (versie 2024)"), "zaaksysteem")
        XCTAssertEqual(NameKey.key("Gemeente Súdwest-Fryslân"), "sudwest fryslan")
        XCTAssertEqual(NameKey.key("'s-Hertogenbosch"), "s hertogenbosch")
        XCTAssertEqual(NameKey.key("Lindeware Documentbeheer", dropping: ["lindeware"]), "documentbeheer")
        XCTAssertEqual(NameKey.key("Lindeware", dropping: ["lindeware"]), "lindeware", "niet alles weg: dan blijft de naam zelf")
        XCTAssertEqual(NameKey.key("Module 365"), "module", "ook jaartallen en productnummers tellen niet")
    }

    func testEditDistanceWithinALimit() {
        XCTAssertEqual(EditDistance.within(3, "kitten", "sitting"), 3)
        XCTAssertNil(EditDistance.within(2, "kitten", "sitting"))
        XCTAssertEqual(EditDistance.within(2, "zaaksysteem", "zaaksystem"), 1)
        XCTAssertEqual(EditDistance.within(2, "burgerzaken", "burgerzaken"), 0)
        XCTAssertNil(EditDistance.within(2, "abc", "abcdef"), "te groot lengteverschil")
        XCTAssertEqual(EditDistance.within(2, "", "ab"), 2)
    }

    func testLikenessNeedsLongNamesForNearMatches() {
        XCTAssertEqual(DuplicateReport.likeness("zaken", "zaken"), "zelfde naam ('zaken')")
        XCTAssertNil(DuplicateReport.likeness("zaken", "taken"), "korter dan 6 tekens: alleen gelijk telt")
        XCTAssertEqual(DuplicateReport.likeness("klantcontact", "klantkontakt"), "'klantcontact' en 'klantkontakt' verschillen 2 tekens")
        XCTAssertNil(DuplicateReport.likeness("klantcontact", "klantportaal"))
    }

    func testPercentagesInDutch() {
        XCTAssertEqual(Percentage.text(1, of: 3), "33,3%")
        XCTAssertEqual(Percentage.text(2, of: 3), "66,7%")
        XCTAssertEqual(Percentage.text(5, of: 5), "100,0%")
        XCTAssertEqual(Percentage.text(0, of: 7), "0,0%")
        XCTAssertEqual(Percentage.text(0, of: 0), "–")
    }
}
