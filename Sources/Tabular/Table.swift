/// One downloadable table: a header of named columns and rows of text cells.
///
/// It knows nothing of the catalogue: callers format every value as the text people should see,
/// so a writer never guesses types (`007` stays `007`, `1.5` is not a date). Every row has exactly
/// as many cells as there are columns; the writers check this, as a row that is too short or too
/// long is a bug in the caller, not something to repair quietly.
public struct Table: Sendable, Equatable {
    /// The sheet name in XLSX; made valid for Excel when written (see `XLSX`), unused in CSV.
    public var name: String
    /// The header, left to right; at least one.
    public var columns: [Column]
    /// The data rows, top to bottom, each with one cell per column.
    public var rows: [[String]]

    /// A table named `name` with `columns` as its header and `rows` below it.
    public init(name: String, columns: [Column], rows: [[String]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

extension Table {
    /// Stops on a table the writers cannot represent: no columns, or a row of the wrong length.
    func checkShape() {
        precondition(!columns.isEmpty, "Table '\(name)' has no columns")
        for (index, row) in rows.enumerated() where row.count != columns.count {
            preconditionFailure("Table '\(name)' row \(index) has \(row.count) cells for \(columns.count) columns")
        }
    }
}
