import Diagnostics
import Foundation
import Tabular

/// Which cell of a row holds which column, read from the header row.
struct OldExportHeader: Sendable {
    private let indices: [OldExportColumn: Int]
    /// Header texts of the columns the import does not read, left to right.
    let unused: [String]

    /// The header of `file`, or the problems that stop the import: a required column missing, a
    /// column named twice.
    static func read(_ header: CSVRecord, file: String) -> Result<OldExportHeader, DiagnosticList> {
        let byKey = Dictionary(uniqueKeysWithValues: OldExportColumn.allCases.map { ($0.key, $0) })
        var indices: [OldExportColumn: Int] = [:]
        var unused: [String] = []
        var problems = DiagnosticList()
        for (index, cell) in header.cells.enumerated() {
            let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let column = byKey[text.lowercased()] else {
                if !text.isEmpty { unused.append(text) }
                continue
            }
            if let first = indices[column] {
                problems.append(.error(location(file, cell), ImportMessages.duplicateColumn(text, firstAt: header.cells[first].column)))
            } else {
                indices[column] = index
            }
        }
        if header.cells.count == 1 && header.cells[0].text.contains(",") {
            // Saved as "CSV (comma delimited)" in an English locale: every required column is
            // missing, for one reason.
            problems.append(.error(location(file, header.cells[0]), ImportMessages.commaSeparated))
            return .failure(problems)
        }
        for column in OldExportColumn.allCases where column.isRequired && indices[column] == nil {
            problems.append(.error(SourceLocation(file: file, line: header.line), ImportMessages.missingColumn(column.rawValue)))
        }
        if problems.hasErrors { return .failure(problems) }
        return .success(OldExportHeader(indices: indices, unused: unused))
    }

    /// The cell of `column` in `record`, nil when the export has no such column.
    func cell(_ column: OldExportColumn, in record: CSVRecord) -> CSVCell? {
        indices[column].map { record.cells[$0] }
    }

    static func location(_ file: String, _ cell: CSVCell) -> SourceLocation {
        SourceLocation(file: file, line: cell.line, column: cell.column)
    }
}
