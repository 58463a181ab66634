import Tabular

/// Tables with the values that break naive writers, shared by the read-back tests.
enum Fixtures {
    /// Every kind of awkward cell: quotes and separators, line breaks, formula starts, numbers
    /// that must stay text, accents and emoji, spaces at the ends, empty cells.
    static let awkward = Table(
        name: "Lastige cellen",
        columns: ["Naam", "Code", "Omschrijving", "Formule", "Leeg"],
        rows: [
            ["Café Ëindhoven", "007", "Zegt \"hallo\"; en gaat", "=1+1", ""],
            ["emoji 🎉👩‍💻", "-5", "regel 1\nregel 2", "+31 6 1234", "x"],
            ["@SUM(A1)", "0012", "tab\ter tussen", "\tbegint met tab", ""],
            ["", "", "", "", ""],
            ["\rbegint met CR", "1,5", "CRLF\r\nin de cel", "-", " spaties rondom "],
            ["<b>&amp;</b> 'quote'", "1e3", "31-12-2024", "", ""],
        ]
    )

    /// The header and rows as a reader should see them in the CSV: neutralised as documented,
    /// computed here independently of the writer.
    static func csvValues(of table: Table) -> [[String]] {
        ([table.columns.map(\.name)] + table.rows).map { row in
            row.map { cell in
                guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
                return "'" + cell
            }
        }
    }

    /// The header and rows unchanged, as an XLSX reader should see them.
    static func values(of table: Table) -> [[String]] {
        [table.columns.map(\.name)] + table.rows
    }
}
