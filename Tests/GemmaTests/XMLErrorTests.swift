import Diagnostics
@testable import Gemma
import XCTest

/// Malformed files give one error, at the exact line and column, and no model.
final class XMLErrorTests: XCTestCase {
    private func error(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String {
        let (model, diagnostics) = GemmaReader.read(bytes, file: "gemma.xml")
        XCTAssertNil(model, file: file, line: line)
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)", file: file, line: line)
        XCTAssertEqual(diagnostics.first?.severity, .error, file: file, line: line)
        return diagnostics.first.map(located) ?? ""
    }

    private func error(_ xml: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        error(Array(xml.utf8), file: file, line: line)
    }

    func testTruncatedFilePointsAtTheEndAndNamesTheOpenElement() {
        let lastLine = "    <element identifier=\"id-1\" xsi:type=\"Capa"
        let xml = modelHeader + "\n  <name>GEMMA</name>\n  <elements>\n" + lastLine
        XCTAssertEqual(lastLine.count, 45)
        XCTAssertEqual(error(xml),
            "5:46: fout: Het bestand houdt onverwacht op: <elements> (geopend op regel 4) is nog niet afgesloten. "
                + "Het bestand is waarschijnlijk afgebroken bij kopiëren of opslaan. Exporteer het model opnieuw uit "
                + "Archi (File › Export › Model to Open Exchange File).")
    }

    func testTruncatedAfterACompleteTag() {
        let xml = modelHeader + "\n  <elements>\n"
        XCTAssertTrue(error(xml).hasPrefix("4:1: fout: Het bestand houdt onverwacht op: <elements> (geopend op regel 3)"))
    }

    func testMismatchedEndTagPointsAtTheEndTag() {
        let xml = modelHeader + "\n  <elements>\n    <element identifier=\"id-1\" xsi:type=\"Capability\"><name>X</name>\n  </elements>\n</model>\n"
        let at = position(of: "</elements>", in: xml)
        XCTAssertEqual(at.line, 5)
        XCTAssertEqual(error(xml),
            "5:3: fout: Eindtag </elements> past niet bij <element> (geopend op regel 4): verwacht is </element>. "
                + "Er ontbreekt een eindtag of er staat een tag te veel; herstel de XML of exporteer het model opnieuw "
                + "uit Archi (File › Export › Model to Open Exchange File).")
    }

    func testUnknownEntityPointsAtTheAmpersand() {
        let xml = modelHeader + "\n  <name>Zaken&nbsp;en documenten</name>\n</model>\n"
        XCTAssertEqual(error(xml),
            "3:14: fout: Onbekende entiteit &nbsp;. XML kent alleen &lt; &gt; &amp; &apos; &quot; en tekencodes als "
                + "&#233;. Vervang haar door het teken zelf.")
    }

    func testBareAmpersandEvenInSkippedText() {
        // Organizations are skipped by the reader, but the file is still checked there.
        let xml = modelHeader + "\n  <name>GEMMA</name>\n  <organizations><item><label>Zaken & documenten</label></item></organizations>\n</model>\n"
        let at = position(of: "& documenten", in: xml)
        XCTAssertEqual(at.line, 4)
        XCTAssertTrue(error(xml).hasPrefix("4:\(at.column): fout: Losse '&' in de tekst. Schrijf &amp;"), error(xml))
    }

    func testInvalidCharacterReference() {
        let xml = modelHeader + "\n  <name>A&#0;B</name>\n</model>\n"
        XCTAssertTrue(error(xml).hasPrefix("3:10: fout: Ongeldige tekencode '&#0;'"), error(xml))
    }

    func testNotUTF8PointsAtTheByteCountingCharacters() {
        // "Café Caf" then a Latin-1 "é": 8 characters of indentation and tag, 8 of text (9 bytes), so
        // the bad byte is character 17 of line 3, not byte 18.
        var bytes = Array((modelHeader + "\n  <name>Caf\u{E9} Caf").utf8)
        bytes.append(0xE9)
        bytes += Array("</name>\n</model>\n".utf8)
        XCTAssertEqual(error(bytes),
            "3:17: fout: Het bestand is geen geldige UTF-8-tekst (hier staat een byte die in UTF-8 niet kan "
                + "voorkomen). Sla het op als UTF-8 of exporteer het model opnieuw uit Archi (File › Export › "
                + "Model to Open Exchange File).")
    }

    func testDeclaredOtherEncoding() {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<model/>"
        XCTAssertTrue(error(xml).hasPrefix("1:1: fout: Het bestand zegt gecodeerd te zijn als 'ISO-8859-1'"))
    }

    func testAttributeWithoutQuotes() {
        let xml = modelHeader + "\n  <elements>\n    <element identifier=id-1 xsi:type=\"Capability\"/>\n  </elements>\n</model>\n"
        XCTAssertEqual(error(xml),
            "4:25: fout: De waarde van attribuut 'identifier' staat niet tussen aanhalingstekens. Schrijf identifier=\"…\".")
    }

    func testUnclosedComment() {
        let xml = modelHeader + "\n  <name>GEMMA</name>\n  <!-- nog niet klaar\n</model>\n"
        XCTAssertTrue(error(xml).hasPrefix("4:3: fout: Commentaar <!-- wordt niet afgesloten met -->."))
    }

    func testSecondRootElement() {
        let xml = modelHeader + "\n  <name>GEMMA</name>\n</model>\n<model/>\n"
        XCTAssertTrue(error(xml).hasPrefix("5:1: fout: Na </model> volgt nog een element <model>"))
    }

    func testNotAnArchiMateModel() {
        let xml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n"
        XCTAssertTrue(error(xml).hasPrefix("2:1: fout: Dit is geen ArchiMate-uitwisselbestand: het hoofdelement is <html>"))
        XCTAssertTrue(error("<model><name>Zonder namespace</name></model>").hasPrefix("1:1: fout: Dit is geen ArchiMate-uitwisselbestand"))
    }

    func testEmptyFile() {
        XCTAssertTrue(error("").hasPrefix("1:1: fout: Het bestand bevat geen XML-elementen."))
        XCTAssertTrue(error("\n\n").hasPrefix("3:1: fout: Het bestand bevat geen XML-elementen."))
    }

    func testControlCharacter() {
        let xml = modelHeader + "\n  <name>GE\u{0B}MMA</name>\n</model>\n"
        XCTAssertTrue(error(xml).hasPrefix("3:11: fout: Hier staat een onzichtbaar stuurteken (U+000B)"), error(xml))
    }
}
