/// A CSV file as `CSVReader` read it: the header row and the data rows, every cell with the place
/// it starts, so that whoever interprets the cells can point at the one that is wrong.
public struct CSVDocument: Sendable, Equatable {
    /// The first row that is not blank: the column names.
    public var header: CSVRecord
    /// The rows after the header, top to bottom; blank lines are left out. Each has exactly as many
    /// cells as the header (the reader refuses the file otherwise).
    public var records: [CSVRecord]

    /// A document with `header` above `records`.
    public init(header: CSVRecord, records: [CSVRecord]) {
        self.header = header
        self.records = records
    }
}

/// One row of a CSV file; it may span several lines when a quoted cell holds line breaks.
public struct CSVRecord: Sendable, Equatable {
    /// The cells, left to right.
    public var cells: [CSVCell]
    /// The line the row starts on (1-based).
    public var line: Int

    /// A row starting on `line`.
    public init(cells: [CSVCell], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// One cell: its text with the quoting undone, and where it starts.
public struct CSVCell: Sendable, Equatable {
    /// The text: doubled quotes undone, line breaks inside quotes kept as `\n` (also when the file
    /// has CRLF). Nothing else is changed: no trimming, and a leading `'` (the formula guard of
    /// `CSV.encode`) stays, because a reader cannot know whether it was added or typed.
    public var text: String
    /// The line of the cell's first character, or of its opening quote (1-based).
    public var line: Int
    /// The column of that character, counted in characters as an editor shows them (1-based).
    public var column: Int

    /// A cell holding `text` that starts at `line`, `column`.
    public init(_ text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}

/// Why a CSV file cannot be read as it stands, and where.
public struct CSVProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column in characters.
    public var column: Int
    /// Dutch: what is wrong and what to do about it.
    public var message: String

    /// A problem at `line`, `column`.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `regel 12, kolom 8: …`, for logs and test failures; diagnostics put the file name in front.
    public var description: String { "regel \(line), kolom \(column): \(message)" }
}
