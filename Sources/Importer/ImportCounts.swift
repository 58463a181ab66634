/// How many leveranciers, applicaties and versies one outcome of the import concerns.
public struct ImportCounts: Sendable, Equatable {
    /// Organisaties of type Leverancier.
    public var leveranciers = 0
    /// Pakketten, as applicaties.
    public var applicaties = 0
    /// Pakketversies, as applicatieversies.
    public var versies = 0

    /// Counts, zero unless given.
    public init(leveranciers: Int = 0, applicaties: Int = 0, versies: Int = 0) {
        self.leveranciers = leveranciers
        self.applicaties = applicaties
        self.versies = versies
    }

    /// `2 leveranciers, 1 applicatie, 0 versies`.
    public var description: String {
        "\(leveranciers) \(leveranciers == 1 ? "leverancier" : "leveranciers"), "
            + "\(applicaties) \(applicaties == 1 ? "applicatie" : "applicaties"), \(versies) \(versies == 1 ? "versie" : "versies")"
    }
}

/// What importing the old export did, or would do in a dry run.
public struct ImportReport: Sendable, Equatable {
    /// New objects, appended to their files.
    public var added = ImportCounts()
    /// Existing objects (same id) in which the export changed a field.
    public var changed = ImportCounts()
    /// Existing objects the export agrees with.
    public var unchanged = ImportCounts()
    /// Sorted by place in the export.
    public var skipped: [Skipped] = []
    /// Header texts of the export's columns that were not read.
    public var unusedColumns: [String] = []

    /// The report as `swc import swc-csv` prints it, in Dutch, one line each:
    /// `toegevoegd: …`, `gewijzigd: …`, `ongewijzigd: …`, `overgeslagen: N regels` with a line per
    /// skipped row (`export.csv:12: reason`), and the columns not used.
    public var text: String {
        var lines = ["toegevoegd: \(added.description)", "gewijzigd: \(changed.description)", "ongewijzigd: \(unchanged.description)"]
        lines.append("overgeslagen: \(skipped.count) \(skipped.count == 1 ? "regel" : "regels")")
        lines += skipped.map { "  \($0.location.description): \($0.reason)" }
        if !unusedColumns.isEmpty { lines.append("niet gebruikte kolommen: \(unusedColumns.joined(separator: ", "))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
