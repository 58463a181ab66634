import CatalogusModel
import Diagnostics
import Foundation
import Tabular

/// A value of the export and the cell it came from.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var location: SourceLocation
}

/// One row of the old export, its cells trimmed and checked: a pakket of a leverancier and,
/// unless the version columns are empty, one of its versions.
struct OldExportRow: Sendable {
    struct Versie: Sendable {
        /// `Pakketversie ID` when the export has it, else `<Pakket ID>/<versie>`.
        var id: String
        var versie: Located<String>
        var beschrijving: String?
        var status: Levenscyclus?
        /// Converted to `YYYY-MM-DD`.
        var datum: Located<String>?
    }

    var line: Int
    var leverancierID: Located<String>
    var leverancierNaam: Located<String>
    var pakketID: Located<String>
    var pakketNaam: Located<String>
    var beschrijving: Located<String>?
    /// The description's cell, also when it is empty: a missing description is reported there.
    var beschrijvingPlace: SourceLocation
    var url: Located<String>?
    var referentiecomponenten: Located<[String]>?
    var versie: Versie?

    /// What a record of the export is.
    enum Reading {
        case row(OldExportRow)
        /// Every cell empty: a spacer row of a spreadsheet, with nothing to import.
        case blank
        case skipped(Skipped)
    }

    /// Reads `record`; a date or status that cannot be read is an error in `problems`.
    static func read(_ record: CSVRecord, _ header: OldExportHeader, file: String, problems: inout DiagnosticList) -> Reading {
        func cell(_ column: OldExportColumn) -> Located<String>? {
            guard let cell = header.cell(column, in: record) else { return nil }
            let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : Located(value: text, location: OldExportHeader.location(file, cell))
        }
        func place(_ column: OldExportColumn) -> SourceLocation {
            header.cell(column, in: record).map { OldExportHeader.location(file, $0) } ?? SourceLocation(file: file, line: record.line)
        }
        guard record.cells.contains(where: { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { return .blank }
        var required: [Located<String>] = []
        for column in [OldExportColumn.leverancierID, .leverancierNaam, .pakketID, .pakketNaam] {
            guard let value = cell(column) else {
                return .skipped(Skipped(location: place(column), reason: ImportMessages.emptyRequiredCell(column.rawValue)))
            }
            required.append(value)
        }
        var row = OldExportRow(
            line: record.line, leverancierID: required[0], leverancierNaam: required[1], pakketID: required[2], pakketNaam: required[3],
            beschrijvingPlace: place(.pakketBeschrijving))
        row.beschrijving = cell(.pakketBeschrijving)
        row.url = cell(.pakketURL)
        row.referentiecomponenten = cell(.referentiecomponenten).map { Located(value: objectIDs($0.value), location: $0.location) }
        row.versie = versie(of: row, cell: cell, problems: &problems)
        return .row(row)
    }

    private static func versie(
        of row: OldExportRow, cell: (OldExportColumn) -> Located<String>?, problems: inout DiagnosticList
    ) -> Versie? {
        let status = cell(.versieStatus).flatMap { text -> Levenscyclus? in
            guard let status = OldExportStatus.levenscyclus(text.value) else {
                problems.append(.error(text.location, ImportMessages.unknownStatus(text.value)))
                return nil
            }
            return status
        }
        let datum = cell(.mutatiedatum).flatMap { text -> Located<String>? in
            guard let iso = OldExportDate.iso(text.value) else {
                problems.append(.error(text.location, ImportMessages.badDate(text.value)))
                return nil
            }
            return Located(value: iso, location: text.location)
        }
        guard var naam = cell(.versieNaam) else { return nil }
        // The old catalogue often named a version after its pakket ("Zaaksysteem 3.1"); the
        // version page already says which applicatie it belongs to.
        let prefix = row.pakketNaam.value + " "
        if naam.value.hasPrefix(prefix), naam.value.count > prefix.count { naam.value = String(naam.value.dropFirst(prefix.count)) }
        let id = cell(.versieID)?.value ?? "\(row.pakketID.value)/\(naam.value)"
        return Versie(id: id, versie: naam, beschrijving: cell(.versieBeschrijving).flatMap { Beschrijving.kort($0.value) }, status: status, datum: datum)
    }

    /// Several GEMMA Object IDs in one cell: the old export separates them with commas; semicolons,
    /// spaces and line breaks are taken as well, since an Object ID (a GUID) holds none of them.
    /// Repeats are dropped, the order kept.
    static func objectIDs(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split { $0 == "," || $0 == ";" || $0.isWhitespace }.map(String.init).filter { seen.insert($0).inserted }
    }
}

/// A row or object the import left out, and why.
public struct Skipped: Sendable, Equatable {
    /// The cell or row it is about.
    public var location: SourceLocation
    /// Dutch: why, and what to do to have it imported.
    public var reason: String

    /// `reason` about what stands at `location`.
    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }
}
