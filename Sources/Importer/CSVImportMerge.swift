import Diagnostics
import JSON

/// The imported objects merged into the three files, by id: what the CSV knows replaces what the
/// file has, an empty cell never removes a value, and everything else of an object stays as it was.
/// Existing objects keep their place; new ones are appended in the order the export names them.
struct CSVImportMerge: Sendable {
    var organisaties: DataArray
    var applicaties: DataArray
    var versies: DataArray
    var report = ImportReport()

    mutating func merge(_ objects: ImportedObjects) {
        report.skipped = objects.skipped
        var refused = Set<String>()
        for leverancier in objects.leveranciers {
            if let existing = organisaties.object(leverancier.id), let type = existing.string("type"), type != "Leverancier" && type != "Community" {
                refused.insert(leverancier.id)
                report.skipped.append(Skipped(location: leverancier.location, reason: ImportMessages.notALeverancier(leverancier.id, type: type)))
                continue
            }
            let fields = [JSONField("id", .string(leverancier.id)), JSONField("naam", .string(leverancier.naam)), JSONField("type", .string("Leverancier"))]
            count(organisaties.merge(fields, order: FieldOrder.organisatie, newOnly: ["type"]), \.leveranciers)
        }
        for applicatie in objects.applicaties {
            if refused.contains(applicatie.aanbieder) {
                refused.insert(applicatie.id)
                report.skipped.append(Skipped(location: applicatie.location, reason: ImportMessages.leverancierSkipped(applicatie.id, leverancier: applicatie.aanbieder)))
                continue
            }
            // beschrijvingKort is required: a pakket without a description can only update an
            // applicatie that already has one.
            let existingKort = applicaties.object(applicatie.id)?.string("beschrijvingKort")
            if applicatie.kort == nil && (existingKort ?? "").isEmpty {
                refused.insert(applicatie.id)
                report.skipped.append(Skipped(location: applicatie.beschrijvingLocation, reason: ImportMessages.noDescription(applicatie.id)))
                continue
            }
            count(applicaties.merge(fields(applicatie), order: FieldOrder.applicatie), \.applicaties)
        }
        for versie in objects.versies {
            if refused.contains(versie.applicatie) {
                report.skipped.append(Skipped(location: versie.location, reason: ImportMessages.pakketSkipped(versie.versie, pakket: versie.applicatie)))
                continue
            }
            count(versies.merge(fields(versie), order: FieldOrder.applicatieversie), \.versies)
        }
        report.skipped.sort { ($0.location, $0.reason) < ($1.location, $1.reason) }
    }

    private mutating func count(_ merge: DataArray.Merge, _ kind: WritableKeyPath<ImportCounts, Int>) {
        switch merge {
        case .added: report.added[keyPath: kind] += 1
        case .changed: report.changed[keyPath: kind] += 1
        case .unchanged: report.unchanged[keyPath: kind] += 1
        }
    }

    private func fields(_ a: ImportedApplicatie) -> [JSONField] {
        var fields = [JSONField("id", .string(a.id)), JSONField("naam", .string(a.naam))]
        if let kort = a.kort { fields.append(JSONField("beschrijvingKort", .string(kort))) }
        if let lang = a.lang { fields.append(JSONField("beschrijvingLang", .string(lang))) }
        fields.append(JSONField("aanbieder", .string(a.aanbieder)))
        if let website = a.website { fields.append(JSONField("website", .string(website))) }
        if !a.referentiecomponenten.isEmpty { fields.append(JSONField("referentiecomponenten", .array(a.referentiecomponenten.map(JSON.string)))) }
        return fields
    }

    private func fields(_ v: ImportedVersie) -> [JSONField] {
        var fields = [JSONField("id", .string(v.id)), JSONField("applicatie", .string(v.applicatie)), JSONField("versie", .string(v.versie))]
        if let kort = v.kort { fields.append(JSONField("beschrijvingKort", .string(kort))) }
        if let status = v.status {
            fields.append(JSONField("status", .string(status.rawValue)))
            if let datum = v.datum { fields.append(JSONField(OldExportStatus.dateField(status), .string(datum))) }
        }
        return fields
    }
}
