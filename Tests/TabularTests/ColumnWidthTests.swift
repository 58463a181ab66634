@testable import Tabular
import XCTest

final class ColumnWidthTests: XCTestCase {
    func testWidthsFollowTheContentWithinBounds() {
        let table = Table(
            name: "t",
            columns: ["Id", "Naam", "Omschrijving", Column("Vast", width: 30)],
            rows: [["1", "Zaaksysteem voor gemeenten", String(repeating: "x", count: 500), "a"]]
        )
        // "Id" plus the filter button is narrow: the minimum. "Naam" follows its cell (26 + 1).
        XCTAssertEqual(ColumnWidth.widths(of: table), [8, 27, 60, 30])
    }

    func testTheHeaderCountsWithRoomForTheFilterButton() {
        let table = Table(name: "t", columns: ["Referentiecomponent"], rows: [["x"]])
        XCTAssertEqual(ColumnWidth.widths(of: table), [19 + 2 + 1])
    }

    func testLengthCountsCharactersOfTheLongestLine() {
        XCTAssertEqual(ColumnWidth.length("één"), 3)
        XCTAssertEqual(ColumnWidth.length("kort\nveel langer\r\nmidden"), 11)
        XCTAssertEqual(ColumnWidth.length(""), 0)
    }

    func testAHintIsKeptWithinWhatExcelAccepts() {
        let table = Table(name: "t", columns: [Column("a", width: 0), Column("b", width: 1_000)], rows: [])
        XCTAssertEqual(ColumnWidth.widths(of: table), [1, 255])
    }
}
