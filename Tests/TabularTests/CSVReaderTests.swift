import Tabular
import XCTest

final class CSVReaderTests: XCTestCase {
    func testPlainRowsWithBOMAndCRLF() throws {
        let document = try read("\u{FEFF}Naam;Versie\r\nZaken;3.1\r\nBurgerzaken;2024\r\n")
        XCTAssertEqual(document.header.cells.map(\.text), ["Naam", "Versie"])
        XCTAssertEqual(document.records.map { $0.cells.map(\.text) }, [["Zaken", "3.1"], ["Burgerzaken", "2024"]])
        XCTAssertEqual(document.header.cells[0].column, 1, "the byte order mark takes no column")
        XCTAssertEqual(document.records[1].line, 3)
    }

    func testLineFeedsLoneCarriageReturnsAndNoFinalLineEnd() throws {
        XCTAssertEqual(try texts("a;b\n1;2\n3;4"), [["1", "2"], ["3", "4"]])
        XCTAssertEqual(try texts("a;b\r1;2\r"), [["1", "2"]])
    }

    func testQuotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let document = try read("a;b;c\r\n\"x;y\";\"zegt \"\"ja\"\"\";\"regel 1\r\nregel 2\nregel 3\"\r\nvolgende;\"\";\r\n")
        XCTAssertEqual(document.records.map { $0.cells.map(\.text) }, [["x;y", "zegt \"ja\"", "regel 1\nregel 2\nregel 3"], ["volgende", "", ""]])
        XCTAssertEqual(document.records[1].line, 5, "lines inside a quoted field count")
    }

    func testBlankLinesAreSkippedButAQuotedEmptyCellIsNot() throws {
        XCTAssertEqual(try texts("a\n\n1\n\r\n\"\"\n"), [["1"], [""]])
    }

    func testCellPositionsCountCharactersNotBytes() throws {
        let document = try read("a;b;c\néé;\"ü\";x\n")
        XCTAssertEqual(document.records[0].cells.map(\.column), [1, 4, 8])
    }

    func testWhatTheWriterWritesReadsBack() throws {
        let table = Table(name: "t", columns: ["Naam", "Tekst"], rows: [["a;b", "zegt \"ja\"\r\nnieuwe regel"], ["", "ë"]])
        let (document, problems) = CSVReader.read(CSV.encode(table))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(document?.records.map { $0.cells.map(\.text) }, [["a;b", "zegt \"ja\"\nnieuwe regel"], ["", "ë"]])
    }

    func testOtherSeparator() throws {
        let (document, _) = CSVReader.read(Array("a,b\n\"1,5\",2\n".utf8), separator: UInt8(ascii: ","))
        XCTAssertEqual(document?.records.first?.cells.map(\.text), ["1,5", "2"])
    }

    // MARK: Problems and where they point

    func testLatin1IsReportedWhereTheFirstNonUTF8ByteIs() {
        var bytes = Array("Naam;Plaats\r\nZaken;Den Haag\r\nCafé;Ede\r\n".utf8)
        let e = bytes.firstIndex(of: 0xC3)!
        bytes.replaceSubrange(e..<e + 2, with: [0xE9])
        XCTAssertEqual(problems(bytes), ["regel 3, kolom 4: het bestand is geen UTF-8 (byte 0xE9, in Latin-1 'é'): sla het op als UTF-8 (in Excel: Opslaan als › CSV UTF-8 (door komma's gescheiden))"])
    }

    func testUnclosedQuotePointsAtTheOpeningQuote() {
        let found = problems(Array("a;b\n1;\"open\n2;3\n".utf8))
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("regel 2, kolom 3: het aanhalingsteken dat hier een veld opent wordt nergens gesloten"), found[0])
    }

    func testQuoteInsideAnUnquotedField() {
        XCTAssertEqual(problems(Array("a;b\n1;2 \"inch\"\n".utf8)).map(headline),
                       ["regel 2, kolom 5: een aanhalingsteken midden in een veld zonder aanhalingstekens",
                        "regel 2, kolom 10: een aanhalingsteken midden in een veld zonder aanhalingstekens"])
    }

    func testTextAfterAClosingQuote() {
        XCTAssertEqual(problems(Array("a;b\n\"1\"x;2\n".utf8)).map(headline),
                       ["regel 2, kolom 4: na het sluitende aanhalingsteken van een veld hoort een puntkomma of het einde van de regel"])
    }

    func testRowsWithTooManyOrTooFewFieldsAreAllReported() {
        let found = problems(Array("a;b;c\n1;2;3;4\n1;2\n\"x\ny\";2\n".utf8))
        XCTAssertEqual(found, [
            "regel 2, kolom 7: deze regel heeft 4 velden, de kopregel 3: controleer de scheidingstekens; een puntkomma in een tekst hoort tussen aanhalingstekens",
            "regel 3, kolom 4: deze regel heeft 2 velden, de kopregel 3: controleer de scheidingstekens; een puntkomma in een tekst hoort tussen aanhalingstekens",
            "regel 5, kolom 5: deze regel heeft 2 velden, de kopregel 3: controleer de scheidingstekens; een puntkomma in een tekst hoort tussen aanhalingstekens",
        ])
    }

    func testEmptyFile() {
        XCTAssertEqual(problems([0xEF, 0xBB, 0xBF, 0x0D, 0x0A]), ["regel 1, kolom 1: het bestand is leeg: er hoort ten minste een kopregel met de kolomnamen in te staan"])
    }

    // MARK: Helpers

    private func read(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> CSVDocument {
        let (document, problems) = CSVReader.read(Array(text.utf8))
        XCTAssertEqual(problems, [], file: file, line: line)
        return try XCTUnwrap(document, file: file, line: line)
    }

    private func texts(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String]] {
        try read(text, file: file, line: line).records.map { $0.cells.map(\.text) }
    }

    /// The position and what is wrong, without what to do.
    private func headline(_ description: String) -> String {
        description.components(separatedBy: ": ").prefix(2).joined(separator: ": ")
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        let (document, problems) = CSVReader.read(bytes)
        XCTAssertNil(document)
        return problems.map(\.description)
    }
}
