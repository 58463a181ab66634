import Foundation

/// The Python the read-back tests run, kept here so the test target needs no resource files.
enum PythonScripts {
    /// Reads a CSV as Excel-minded readers do: BOM stripped, `;` between fields, strict RFC 4180
    /// quoting (a stray quote is an error, not a guess), and writes the rows as JSON.
    static let readCSV = """
        import csv, json, sys
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as source:
            rows = list(csv.reader(source, delimiter=";", quotechar='"', strict=True))
        with open(sys.argv[2], "w", encoding="utf-8") as target:
            json.dump(rows, target, ensure_ascii=False)
        """

    /// Reads an XLSX with openpyxl and writes, per sheet, what the tests check, as JSON.
    static let readXLSX = """
        import json, sys, openpyxl
        from openpyxl.utils import get_column_letter
        book = openpyxl.load_workbook(sys.argv[1])
        sheets = []
        for sheet in book.worksheets:
            rows = list(sheet.iter_rows())
            sheets.append({
                "title": sheet.title,
                "values": [["" if cell.value is None else cell.value for cell in row] for row in rows],
                "types": sorted({type(cell.value).__name__ for row in rows for cell in row if cell.value is not None}),
                "headerBold": [bool(cell.font.b) for cell in rows[0]],
                "dataBold": any(bool(cell.font.b) for row in rows[1:] for cell in row),
                "freezePanes": sheet.freeze_panes,
                "autoFilter": sheet.auto_filter.ref,
                "widths": [sheet.column_dimensions[get_column_letter(index + 1)].width for index in range(sheet.max_column)],
            })
        with open(sys.argv[2], "w", encoding="utf-8") as target:
            json.dump(sheets, target, ensure_ascii=False)
        """
}

extension TemporaryDirectoryTestCase {
    /// Runs `script` with `python` on `input` and returns the JSON it wrote.
    func runPython(_ python: URL, _ script: String, on input: URL) throws -> Any {
        let scriptFile = directory.appendingPathComponent("script-\(UUID().uuidString).py")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("uitvoer-\(UUID().uuidString).json")
        try ExternalTool.succeed(python, [scriptFile.path, input.path, output.path], in: directory)
        return try JSONSerialization.jsonObject(with: Data(contentsOf: output))
    }

    /// The rows Python's csv module reads from `csv`.
    func pythonCSVRows(_ python: URL, of csv: URL) throws -> [[String]] {
        guard let rows = try runPython(python, PythonScripts.readCSV, on: csv) as? [[String]] else {
            throw ToolFailure(description: "csv-module gaf geen lijst van rijen met tekst")
        }
        return rows
    }
}
