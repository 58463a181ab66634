@testable import Importer
import XCTest

final class BeschrijvingTests: XCTestCase {
    func testFirstSentenceOfTheFirstLine() {
        XCTAssertEqual(Beschrijving.kort("Zaakgericht werken. Ondersteunt StUF.\nMeer tekst."), "Zaakgericht werken.")
        XCTAssertEqual(Beschrijving.kort("\n\n  Eerste regel zonder punt\nTweede regel"), "Eerste regel zonder punt")
        XCTAssertEqual(Beschrijving.kort("Versie 3. 2 is de laatste!"), "Versie 3.", "a digit starts a sentence")
        XCTAssertEqual(Beschrijving.kort("Werkt dit? Ja."), "Werkt dit?")
    }

    func testAbbreviationsDoNotEndASentence() {
        XCTAssertEqual(Beschrijving.kort("Met o.a. WOZ en BAG. Verder niets."), "Met o.a. WOZ en BAG.")
        XCTAssertEqual(Beschrijving.kort("Koppelt bijv. Zaken en Documenten. Klaar."), "Koppelt bijv. Zaken en Documenten.")
        XCTAssertEqual(Beschrijving.kort("Gemaakt door J. Jansen. Sinds 2010."), "Gemaakt door J. Jansen.")
        XCTAssertEqual(Beschrijving.kort("Dit is het einde. dus niet"), "Dit is het einde. dus niet", "lower case after a dot: no new sentence")
    }

    func testLongSentencesAreCutAtAWord() throws {
        let long = String(repeating: "woord ", count: 100)
        let kort = try XCTUnwrap(Beschrijving.kort(long))
        XCTAssertLessThanOrEqual(kort.count, 255)
        XCTAssertTrue(kort.hasSuffix("woord…"), kort)
    }

    func testOnlyWhiteSpaceIsNoDescription() {
        XCTAssertNil(Beschrijving.kort(" \n\t "))
        XCTAssertNil(Beschrijving.lang(" \n ", kort: nil))
    }

    func testLangIsTheWholeTextUnlessItSaysNoMore() {
        XCTAssertEqual(Beschrijving.lang("  Een. Twee.\n\n- drie\n", kort: "Een."), "Een. Twee.\n\n- drie")
        XCTAssertNil(Beschrijving.lang(" Alleen dit. ", kort: "Alleen dit."))
    }
}
