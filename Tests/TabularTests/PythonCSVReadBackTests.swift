import Tabular
import XCTest

/// Python's csv module, a strict third-party reader, gets back every value we wrote.
final class PythonCSVReadBackTests: TemporaryDirectoryTestCase {
    func testAwkwardCellsReadBackAsWritten() throws {
        try assertReadsBack(Fixtures.awkward)
    }

    func testAHeaderOnlyTable() throws {
        try assertReadsBack(Table(name: "Leeg", columns: ["Naam", "-Min"], rows: []))
    }

    func testManyGeneratedRows() throws {
        try assertReadsBack(GeneratedTable.make(rows: 2_000, columns: 7))
    }

    private func assertReadsBack(_ table: Table, file: StaticString = #filePath, line: UInt = #line) throws {
        let python = try requirePython()
        let csv = try write(CSV.encode(table), to: "tabel.csv")
        XCTAssertEqual(try pythonCSVRows(python, of: csv), Fixtures.csvValues(of: table), file: file, line: line)
    }
}
