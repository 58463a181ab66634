import Tabular

/// One table of a report: shown on its page and written as its own CSV file.
struct ReportTable: Sendable, Equatable {
    /// The CSV file's name without `.csv`, also the table's anchor on the page.
    var name: String
    var heading: String
    /// What the table shows and what to do with it, one paragraph.
    var intro: String
    var columns: [String]
    var rows: [[String]]
    /// What the page says instead of an empty table.
    var empty: String

    var table: Table { Table(name: heading, columns: columns.map { Column($0) }, rows: rows) }
}

/// One HTML page of the report folder.
struct ReportPage: Sendable, Equatable {
    /// The file name without `.html`.
    var name: String
    var title: String
    var intro: [String]
    var tables: [ReportTable]
    /// One line for the index page: what the page found.
    var finding: String
}
