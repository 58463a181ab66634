import Tabular
import XCTest

final class CSVEncodeTests: XCTestCase {
    private let table = Table(name: "t", columns: ["Naam", "Code"], rows: [["Café", "007"], ["a;b", ""]])

    func testStartsWithTheUTF8ByteOrderMark() {
        XCTAssertEqual(Array(CSV.encode(table).prefix(3)), [0xEF, 0xBB, 0xBF])
    }

    func testSemicolonsAndCRLFAfterEveryRowIncludingTheLast() {
        XCTAssertEqual(text(CSV.encode(table)), "Naam;Code\r\nCafé;007\r\n\"a;b\";\r\n")
    }

    func testUnicodeIsWrittenAsUTF8() {
        let bytes = CSV.encode(Table(name: "t", columns: ["é"], rows: [["ë"], ["🎉"]]))
        XCTAssertEqual(Array(bytes.dropFirst(3)), [0xC3, 0xA9, 0x0D, 0x0A, 0xC3, 0xAB, 0x0D, 0x0A, 0xF0, 0x9F, 0x8E, 0x89, 0x0D, 0x0A])
    }

    func testEmptyCellsKeepTheirSeparators() {
        let empty = Table(name: "t", columns: ["a", "b", "c"], rows: [["", "", ""], ["", "x", ""]])
        XCTAssertEqual(text(CSV.encode(empty)), "a;b;c\r\n;;\r\n;x;\r\n")
    }

    func testATableWithoutRowsIsItsHeader() {
        XCTAssertEqual(text(CSV.encode(Table(name: "t", columns: ["Naam", "=Som"], rows: []))), "Naam;'=Som\r\n")
    }

    func testTheHeaderIsEscapedLikeAnyRow() {
        XCTAssertEqual(text(CSV.encode(Table(name: "t", columns: ["a;b", "\"c\""], rows: []))), "\"a;b\";\"\"\"c\"\"\"\r\n")
    }

    func testTheSameTableGivesTheSameBytes() {
        XCTAssertEqual(CSV.encode(Fixtures.awkward), CSV.encode(Fixtures.awkward))
    }

    private func text(_ bytes: [UInt8]) -> String {
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }
}
