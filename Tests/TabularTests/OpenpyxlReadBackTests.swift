import Tabular
import XCTest

/// openpyxl, a third-party OOXML reader, opens our XLSX and finds what we meant to write.
/// It needs Python with openpyxl: `$SWC_PYTHON` (see `ExternalTool`) or `python3` that has it.
final class OpenpyxlReadBackTests: TemporaryDirectoryTestCase {
    private let table: Table = {
        var table = Fixtures.awkward
        table.rows.append(["a\u{1}b\u{FFFE}c", "", "", "", ""])
        return table
    }()

    func testValuesComeBackAsTextStrings() throws {
        let sheet = try readBack([table])[0]
        var expected = Fixtures.values(of: table)
        expected[expected.count - 1][0] = "abc"  // characters XML cannot carry are dropped
        XCTAssertEqual(sheet["values"] as? [[String]], expected)
        XCTAssertEqual(sheet["types"] as? [String], ["str"], "every cell a string: 007 stays 007")
    }

    func testHeaderIsBoldFrozenAndFiltered() throws {
        let sheet = try readBack([table])[0]
        XCTAssertEqual(sheet["headerBold"] as? [Bool], [true, true, true, true, true])
        XCTAssertEqual(sheet["dataBold"] as? Bool, false)
        XCTAssertEqual(sheet["freezePanes"] as? String, "A2")
        XCTAssertEqual(sheet["autoFilter"] as? String, "A1:E8")
        XCTAssertEqual(sheet["title"] as? String, "Lastige cellen")
        let widths = try XCTUnwrap(sheet["widths"] as? [Double])
        XCTAssertEqual(widths.count, 5)
        XCTAssertTrue(widths.allSatisfy { (8...60).contains($0) }, "\(widths)")
    }

    func testSeveralSheets() throws {
        let sheets = try readBack([table, Table(name: "Tweede/blad", columns: ["x"], rows: [["1"]])])
        XCTAssertEqual(sheets.map { $0["title"] as? String }, ["Lastige cellen", "Tweede-blad"])
        XCTAssertEqual(sheets[1]["values"] as? [[String]], [["x"], ["1"]])
    }

    func testManyGeneratedRows() throws {
        // openpyxl does not decode Excel's _xHHHH_ escapes, so the generated _x0041_ comes back
        // as we escaped it; Excel and LibreOffice decode it (see LibreOfficeRoundTripTests).
        let generated = GeneratedTable.make(rows: 2_000, columns: 7)
        let expected = Fixtures.values(of: generated).map { row in row.map { $0.replacingOccurrences(of: "_x0041_", with: "_x005F_x0041_") } }
        let sheet = try readBack([generated])[0]
        XCTAssertEqual(sheet["values"] as? [[String]], expected)
    }

    private func readBack(_ tables: [Table]) throws -> [[String: Any]] {
        let python = try requirePython()
        guard try ExternalTool.run(python, ["-c", "import openpyxl"], in: directory).status == 0 else {
            throw XCTSkip("openpyxl ontbreekt voor \(python.path): zet SWC_PYTHON op een Python met openpyxl (python3 -m venv v && v/bin/pip install openpyxl)")
        }
        let xlsx = try write(XLSX.encode(tables), to: "tabel.xlsx")
        guard let sheets = try runPython(python, PythonScripts.readXLSX, on: xlsx) as? [[String: Any]] else {
            throw ToolFailure(description: "openpyxl-script gaf geen lijst van bladen")
        }
        return sheets
    }
}
