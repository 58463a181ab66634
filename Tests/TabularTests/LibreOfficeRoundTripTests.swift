import Tabular
import XCTest

/// LibreOffice, headless, as a second spreadsheet program: it imports our CSV with the options a
/// careful user picks, and reads our XLSX, without changing a value.
///
/// One thing LibreOffice does change, in every file it reads: a line break inside a cell is
/// always LF to it, so CRLF and a lone CR come back as LF. The comparisons normalise line breaks
/// on both sides; that CR and CRLF themselves survive our files is what the openpyxl and Python
/// csv tests check.
final class LibreOfficeRoundTripTests: TemporaryDirectoryTestCase {
    func testCSVThroughXLSXAndBackLosesNothing() throws {
        try assertCSVRoundTrip(Fixtures.awkward)
    }

    func testGeneratedCSVThroughXLSXAndBack() throws {
        try assertCSVRoundTrip(GeneratedTable.make(rows: 500, columns: 6))
    }

    func testOurXLSXConvertsToTheSameValues() throws {
        var table = Fixtures.awkward
        // Excel and LibreOffice decode _xHHHH_ in cell text; our writer escapes it so this stays.
        table.rows.append(["_x0041_ blijft staan", "_x0041_x0042_", "", "", ""])
        try assertXLSXToCSV(table)
    }

    func testGeneratedXLSXConvertsToTheSameValues() throws {
        try assertXLSXToCSV(GeneratedTable.make(rows: 500, columns: 6))
    }

    private func assertCSVRoundTrip(_ table: Table, file: StaticString = #filePath, line: UInt = #line) throws {
        let soffice = try requireSoffice()
        let python = try requirePython()
        let csv = try write(CSV.encode(table), to: "tabel.csv")
        let xlsx = try convert(csv, to: "xlsx", importing: Self.csvImport(columns: table.columns.count), with: soffice)
        let back = try convert(xlsx, to: Self.csvExport, with: soffice)
        XCTAssertEqual(lineBreaksAsLF(try pythonCSVRows(python, of: back)), lineBreaksAsLF(Fixtures.csvValues(of: table)), file: file, line: line)
    }

    private func assertXLSXToCSV(_ table: Table, file: StaticString = #filePath, line: UInt = #line) throws {
        let soffice = try requireSoffice()
        let python = try requirePython()
        let xlsx = try write(XLSX.encode(table), to: "tabel.xlsx")
        let csv = try convert(xlsx, to: Self.csvExport, with: soffice)
        XCTAssertEqual(lineBreaksAsLF(try pythonCSVRows(python, of: csv)), lineBreaksAsLF(Fixtures.values(of: table)), file: file, line: line)
    }

    /// Import options, by position (LibreOffice help, "CSV Filter Options"): separator 59 (`;`),
    /// text delimiter 34 (`"`), character set 76 (UTF-8), start at row 1, every column format 2
    /// (Text, so `007` and `1,5` are not turned into numbers), language 1043 (Dutch), quoted
    /// fields as text, no detection of special numbers (dates, scientific notation).
    static func csvImport(columns: Int) -> String {
        let formats = (1...columns).map { "\($0)/2" }.joined(separator: "/")
        return "Text - txt - csv (StarCalc):59,34,76,1,\(formats),1043,true,false"
    }

    /// Export options: `;`, `"`, UTF-8, from row 1, no column formats, system language, do not
    /// quote every text cell, numbers as numbers, values as stored rather than as displayed,
    /// and no formulas.
    static let csvExport = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false"

    private func lineBreaksAsLF(_ rows: [[String]]) -> [[String]] {
        rows.map { row in row.map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") } }
    }

    private func requireSoffice() throws -> URL {
        guard let soffice = ExternalTool.onPath("soffice") else {
            throw XCTSkip("LibreOffice (soffice) ontbreekt: installeer libreoffice-calc-nogui voor deze terugleestest")
        }
        return soffice
    }

    /// Converts `input` with a profile of its own inside the test's directory, so a LibreOffice
    /// that is already running, or a parallel test, is not disturbed.
    private func convert(_ input: URL, to target: String, importing filter: String? = nil, with soffice: URL) throws -> URL {
        let outputDirectory = directory.appendingPathComponent("uit-\(UUID().uuidString)")
        var arguments = [
            "-env:UserInstallation=\(directory.appendingPathComponent("profiel").absoluteString)",
            "--headless", "--norestore", "--convert-to", target, "--outdir", outputDirectory.path,
        ]
        if let filter { arguments.append("--infilter=\(filter)") }
        arguments.append(input.path)
        let result = try ExternalTool.succeed(soffice, arguments, in: directory)
        let fileExtension = String(target.prefix { $0 != ":" })
        let output = outputDirectory.appendingPathComponent(input.deletingPathExtension().lastPathComponent + "." + fileExtension)
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw ToolFailure(description: "soffice schreef \(output.lastPathComponent) niet:\n\(result.output)\n\(result.errors)")
        }
        return output
    }
}
