import CatalogusModel
import Diagnostics
import JSON

/// A leverancier of the export, from the first row that names it.
struct ImportedLeverancier: Sendable {
    var id: String
    var naam: String
    var location: SourceLocation
}

/// A pakket of the export as an applicatie, from the first row that names it.
struct ImportedApplicatie: Sendable {
    var id: String
    var naam: String
    var aanbieder: String
    var kort: String?
    var lang: String?
    var website: String?
    var referentiecomponenten: [String]
    var location: SourceLocation
    /// Where the description is, or should be.
    var beschrijvingLocation: SourceLocation
}

/// A pakketversie as an applicatieversie.
struct ImportedVersie: Sendable {
    var id: String
    var applicatie: String
    var versie: String
    var kort: String?
    var status: Levenscyclus?
    var datum: String?
    var location: SourceLocation
}

/// The rows of the export grouped into the objects of the data folder, in the order they first
/// appear. A leverancier or pakket repeats on many rows; the first row counts, and a later row that
/// says something else about it is a warning at that cell.
struct ImportedObjects: Sendable {
    var leveranciers: [ImportedLeverancier] = []
    var applicaties: [ImportedApplicatie] = []
    var versies: [ImportedVersie] = []
    var skipped: [Skipped] = []
    var warnings: [Diagnostic] = []

    /// `referentiecomponenten`: the Object IDs of gemma.xml, or nil when there is no model to check against.
    init(_ rows: [OldExportRow], referentiecomponenten known: Set<String>?) {
        var leverancierRows: [String: OldExportRow] = [:]
        var pakketRows: [String: OldExportRow] = [:]
        var versieRows: [String: OldExportRow] = [:]
        for row in rows {
            if let first = leverancierRows[row.leverancierID.value] {
                differs(row.leverancierNaam, first.leverancierNaam, "leverancier", row.leverancierID.value, .leverancierNaam, first.line)
            } else {
                leverancierRows[row.leverancierID.value] = row
                leveranciers.append(ImportedLeverancier(id: row.leverancierID.value, naam: row.leverancierNaam.value, location: row.leverancierID.location))
            }
            if let first = pakketRows[row.pakketID.value] {
                comparePakket(row, first)
            } else {
                pakketRows[row.pakketID.value] = row
                applicaties.append(applicatie(row, known: known))
            }
            guard let versie = row.versie else { continue }
            if let first = versieRows[versie.id] {
                skipped.append(Skipped(location: versie.versie.location, reason: ImportMessages.duplicateVersie(versie.versie.value, pakket: row.pakketID.value, firstLine: first.line)))
                continue
            }
            versieRows[versie.id] = row
            if versie.status == nil, let datum = versie.datum {
                warnings.append(.warning(datum.location, ImportMessages.dateWithoutStatus))
            }
            versies.append(ImportedVersie(
                id: versie.id, applicatie: row.pakketID.value, versie: versie.versie.value, kort: versie.beschrijving,
                status: versie.status, datum: versie.status == nil ? nil : versie.datum?.value, location: versie.versie.location))
        }
    }

    private mutating func applicatie(_ row: OldExportRow, known: Set<String>?) -> ImportedApplicatie {
        let kort = row.beschrijving.flatMap { Beschrijving.kort($0.value) }
        var website: String?
        if let url = row.url {
            if ImportRules.isWebAddress(url.value) {
                website = url.value
            } else {
                warnings.append(.warning(url.location, ImportMessages.notAWebAddress(url.value)))
            }
        }
        var ids = row.referentiecomponenten?.value ?? []
        if let known, let cell = row.referentiecomponenten {
            for id in ids where !known.contains(id) { warnings.append(.warning(cell.location, ImportMessages.unknownReferentiecomponent(id))) }
            ids = ids.filter(known.contains)
        }
        return ImportedApplicatie(
            id: row.pakketID.value, naam: row.pakketNaam.value, aanbieder: row.leverancierID.value, kort: kort,
            lang: row.beschrijving.flatMap { Beschrijving.lang($0.value, kort: kort) }, website: website, referentiecomponenten: ids,
            location: row.pakketID.location,
            beschrijvingLocation: row.beschrijvingPlace)
    }

    private mutating func comparePakket(_ row: OldExportRow, _ first: OldExportRow) {
        let id = row.pakketID.value
        differs(row.pakketNaam, first.pakketNaam, "pakket", id, .pakketNaam, first.line)
        differs(row.leverancierID, first.leverancierID, "pakket", id, .leverancierID, first.line)
        differs(row.beschrijving, first.beschrijving, "pakket", id, .pakketBeschrijving, first.line)
        differs(row.url, first.url, "pakket", id, .pakketURL, first.line)
        if let cell = row.referentiecomponenten, cell.value != (first.referentiecomponenten?.value ?? []) {
            warnings.append(.warning(cell.location, ImportMessages.differentValue("pakket", id, OldExportColumn.referentiecomponenten.rawValue, firstLine: first.line)))
        }
    }

    /// A later row says something else than the first: the first wins, and this cell is pointed out.
    /// An empty cell on a later row says nothing and is no conflict.
    private mutating func differs(
        _ later: Located<String>?, _ first: Located<String>?, _ kind: String, _ id: String, _ column: OldExportColumn, _ firstLine: Int
    ) {
        guard let later, later.value != first?.value else { return }
        warnings.append(.warning(later.location, ImportMessages.differentValue(kind, id, column.rawValue, firstLine: firstLine)))
    }
}
