import FoundationXML
import Tabular
import XCTest

/// The package as our own zip reader sees it: the parts, well-formed, with what Excel needs.
final class XLSXPackageTests: XCTestCase {
    private let table = Table(name: "Applicaties", columns: ["Naam", "Code", "Leeg"], rows: [["Zaaksysteem", "007", ""], ["", "=1+1", " x "]])

    func testTheMinimalSetOfPartsAllWellFormed() throws {
        let read = try TestZipReader(bytes: XLSX.encode(table)).entries()
        XCTAssertEqual(read.map(\.path), [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
        ])
        for entry in read {
            let parser = XMLParser(data: Data(entry.contents))
            XCTAssertTrue(parser.parse(), "\(entry.path): \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    func testCellsAreInlineStringsNeverNumbersOrFormulas() throws {
        let sheet = try worksheet(of: table)
        XCTAssertTrue(sheet.contains(#"<c r="B2" t="inlineStr"><is><t>007</t></is></c>"#), sheet)
        XCTAssertTrue(sheet.contains(#"<c r="B3" t="inlineStr"><is><t>=1+1</t></is></c>"#), sheet)
        XCTAssertFalse(sheet.contains("<v>"))
        XCTAssertFalse(sheet.contains("<f>"))
    }

    func testEmptyCellsAreLeftOutAndEdgeSpacesPreserved() throws {
        let sheet = try worksheet(of: table)
        XCTAssertTrue(sheet.contains(#"<row r="2"><c r="A2" t="inlineStr"><is><t>Zaaksysteem</t></is></c><c r="B2""#), sheet)
        XCTAssertFalse(sheet.contains(#"r="C2""#))
        XCTAssertTrue(sheet.contains(#"<c r="C3" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c>"#), sheet)
    }

    func testBoldFrozenHeaderAndAutofilterOverTheData() throws {
        let sheet = try worksheet(of: table)
        XCTAssertTrue(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t>Naam</t></is></c>"#), sheet)
        XCTAssertFalse(sheet.contains(#"r="A2" s="#), "only the header is bold")
        XCTAssertTrue(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        XCTAssertTrue(sheet.contains(#"<autoFilter ref="A1:C3"/>"#))
        XCTAssertTrue(sheet.contains(#"<dimension ref="A1:C3"/>"#))
        let styles = try TestZipReader(bytes: XLSX.encode(table)).text("xl/styles.xml")
        XCTAssertTrue(styles.contains(#"<font><b/>"#))
        XCTAssertTrue(styles.contains(#"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#), "style 1 uses the bold font")
        let workbook = try TestZipReader(bytes: XLSX.encode(table)).text("xl/workbook.xml")
        XCTAssertTrue(workbook.contains(#"hidden="1">&apos;Applicaties&apos;!$A$1:$C$3</definedName>"#), workbook)
    }

    func testColumnsPastZ() throws {
        let wide = Table(name: "Breed", columns: (1...28).map { Column("k\($0)") }, rows: [(1...28).map { "v\($0)" }])
        let sheet = try worksheet(of: wide)
        XCTAssertTrue(sheet.contains(#"<c r="Z2" t="inlineStr"><is><t>v26</t></is></c><c r="AA2" t="inlineStr"><is><t>v27</t></is></c><c r="AB2""#), sheet)
        XCTAssertTrue(sheet.contains(#"<autoFilter ref="A1:AB2"/>"#))
    }

    func testColumnWidthsAreWritten() throws {
        let sheet = try worksheet(of: Table(name: "t", columns: ["a", Column("b", width: 42)], rows: [[String(repeating: "x", count: 20), ""]]))
        XCTAssertTrue(sheet.contains(#"<cols><col min="1" max="1" width="21" customWidth="1"/><col min="2" max="2" width="42" customWidth="1"/></cols>"#), sheet)
    }

    func testTheSheetNameIsMadeValidAndEscaped() throws {
        let workbook = try TestZipReader(bytes: XLSX.encode(Table(name: "Tom & Jerry: [deel 1]", columns: ["a"], rows: []))).text("xl/workbook.xml")
        XCTAssertTrue(workbook.contains(#"<sheet name="Tom &amp; Jerry- -deel 1-" sheetId="1" r:id="rId1"/>"#), workbook)
    }

    func testSeveralSheetsGetTheirOwnPartsAndDistinctNames() throws {
        let reader = TestZipReader(bytes: XLSX.encode([table, table]))
        XCTAssertEqual(try reader.entries().map(\.path).suffix(2), ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let workbook = try reader.text("xl/workbook.xml")
        XCTAssertTrue(workbook.contains(#"<sheet name="Applicaties (2)" sheetId="2" r:id="rId2"/>"#), workbook)
        XCTAssertTrue(try reader.text("xl/_rels/workbook.xml.rels").contains(#"Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles""#))
        XCTAssertTrue(try reader.text("[Content_Types].xml").contains(#"PartName="/xl/worksheets/sheet2.xml""#))
        XCTAssertTrue(try reader.text("xl/worksheets/sheet1.xml").contains(#"tabSelected="1""#))
        XCTAssertFalse(try reader.text("xl/worksheets/sheet2.xml").contains("tabSelected"))
    }

    func testTheSameTableGivesTheSameBytes() {
        XCTAssertEqual(XLSX.encode(Fixtures.awkward), XLSX.encode(Fixtures.awkward))
    }

    private func worksheet(of table: Table) throws -> String {
        try TestZipReader(bytes: XLSX.encode(table)).text("xl/worksheets/sheet1.xml")
    }
}
