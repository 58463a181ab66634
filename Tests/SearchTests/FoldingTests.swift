import Search
import XCTest

final class FoldingTests: XCTestCase {
    func testLowerCasesAndSplitsOnEverythingButLettersAndDigits() {
        XCTAssertEqual(Folding.terms("StUF-ZKN 3.10 (Zaken)"), ["stuf", "zkn", "3", "10", "zaken"])
        XCTAssertEqual(Folding.terms("  --  "), [])
    }

    func testFoldsDutchDiacriticsAndLigatures() {
        XCTAssertEqual(Folding.terms("Zaaksysteem Één"), ["zaaksysteem", "een"])
        XCTAssertEqual(Folding.terms("Coördinatie café naïef"), ["coordinatie", "cafe", "naief"])
        XCTAssertEqual(Folding.terms("Ĳsselstein"), ["ijsselstein"])
        XCTAssertEqual(Folding.terms("Straße"), ["strasse"])
        XCTAssertEqual(Folding.terms("ﬁle"), ["file"], "compatibility decomposition splits the fi ligature")
    }

    func testASCIIAndUnicodePathsAgree() {
        // "é" forces the Unicode path; the rest must fold as the ASCII path does.
        XCTAssertEqual(Folding.terms("Acme B.V. – Zaak_2"), Folding.terms("Acme B.V. - Zaak_2"))
        XCTAssertEqual(Folding.terms("é Acme B.V."), ["e"] + Folding.terms("Acme B.V."))
    }

    func testLettersThatDoNotDecomposeSplitAWord() {
        XCTAssertEqual(Folding.terms("Søren"), ["s", "ren"])
    }

    func testFoldJoinsTermsWithOneSpace() {
        XCTAssertEqual(Folding.fold("  Één,  Twee!"), "een twee")
    }
}
