import CatalogusLoader
import Diagnostics
import Gemma
import Tabular

/// `swc import swc-csv`: the old softwarecatalogus.nl export into organisaties.json,
/// applicaties.json and applicatieversies.json, merged by id with what is there.
///
/// Mapping (the contract: ../shared/spec/catalogus-data.md):
/// - Leverancier → Organisatie of type Leverancier; `id` is `Leverancier ID` as given, so the old
///   GUIDs stay the ids (the new registration system kept them too) and a second import of the
///   same export finds its own objects again.
/// - Pakket → Applicatie; `id` is `Pakket ID`, `aanbieder` the leverancier, `beschrijvingKort` the
///   first sentence of `Pakket Beschrijving` (see `Beschrijving`), `beschrijvingLang` the whole
///   text, `website` the product page when it is http(s), `referentiecomponenten` the Object IDs
///   of `Referentiecomponenten leverancier UUID` (see `OldExportRow.objectIDs`) that gemma.xml knows.
/// - Pakketversie → Applicatieversie; `id` is `Pakketversie ID`, or `<Pakket ID>/<versie>`;
///   the status in lower case, `Mutatiedatum pakketversie` (dd-mm-yy, see `OldExportDate`) in the
///   date field of that status.
///
/// Existing objects keep their place and every field the export does not fill; new ones are
/// appended in the order of the export. Nothing is written when anything is wrong, and nothing
/// is written that the loader would refuse: the merged folder is loaded before it is written.
public enum SWCCSVImport {
    /// Everything short of writing, without files: the export `csv`, the data folder's `data`
    /// (file name → contents) shown as `folder`.
    public static func plan(_ csv: SourceFile, data: [String: SourceFile], folder: String) -> (ImportReport?, [DataFileChange], DiagnosticList) {
        var problems = DiagnosticList()
        let (document, csvProblems) = CSVReader.read(csv.bytes)
        guard let document else {
            problems.append(contentsOf: csvProblems.map { .error(SourceLocation(file: csv.displayPath, line: $0.line, column: $0.column), $0.message) })
            return (nil, [], problems)
        }
        let header: OldExportHeader
        switch OldExportHeader.read(document.header, file: csv.displayPath) {
        case .success(let read): header = read
        case .failure(let found): return (nil, [], found)
        }
        var rows: [OldExportRow] = []
        var skipped: [Skipped] = []
        for record in document.records {
            switch OldExportRow.read(record, header, file: csv.displayPath, problems: &problems) {
            case .row(let row): rows.append(row)
            case .skipped(let skip): skipped.append(skip)
            case .blank: break
            }
        }
        let known = referentiecomponenten(in: data["gemma.xml"])
        var objects = ImportedObjects(rows, referentiecomponenten: known)
        objects.skipped += skipped
        problems.append(contentsOf: objects.warnings)
        if known == nil, rows.contains(where: { $0.referentiecomponenten != nil }) {
            problems.append(.warning(SourceLocation(file: folder + "/gemma.xml"), ImportMessages.referentiecomponentenUnchecked))
        }
        guard !problems.hasErrors else { return (nil, [], problems) }

        let arrays = ["organisaties.json", "applicaties.json", "applicatieversies.json"].map { DataArray.read(data[$0]) }
        var existing: [DataArray] = []
        for array in arrays {
            switch array {
            case .success(let read): existing.append(read)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard !problems.hasErrors else { return (nil, [], problems) }
        var merge = CSVImportMerge(organisaties: existing[0], applicaties: existing[1], versies: existing[2])
        merge.merge(objects)
        merge.report.unusedColumns = header.unused

        // Written in this order: versies point at applicaties, applicaties at organisaties, so
        // after any prefix of the writes every reference on disk points at something.
        let changes = [("organisaties.json", merge.organisaties), ("applicaties.json", merge.applicaties), ("applicatieversies.json", merge.versies)]
            .filter { $0.1.isChanged }
            .map { DataFileChange(name: $0.0, bytes: $0.1.bytes) }
        guard !changes.isEmpty else { return (merge.report, [], problems) }
        problems.append(contentsOf: loadErrors(after: changes, data: data, folder: folder))
        return problems.hasErrors ? (nil, [], problems) : (merge.report, changes, problems)
    }

    /// Reads the export at `file` and the data folder `dataDirectory`, plans the import and, with
    /// `write`, writes the changed files.
    public static func run(file: String, dataDirectory: String, write: Bool) -> ImportOutcome {
        let csv: SourceFile, folder: (files: [String: SourceFile], display: String)
        switch ImportInputs.read(file, dataDirectory) {
        case .success(let inputs): (csv, folder) = inputs
        case .failure(let problems): return .failed(problems)
        }
        let (report, changes, problems) = plan(csv, data: folder.files, folder: folder.display)
        guard let report, !problems.hasErrors else { return .failed(problems) }
        let paths = changes.map { folder.display + "/" + $0.name }
        guard write else { return ImportOutcome(report: report.text, problems: problems, files: paths) }
        let (written, failed) = changes.write(to: folder.display)
        var all = problems
        all.append(contentsOf: failed)
        return ImportOutcome(report: report.text, problems: all, files: failed.hasErrors ? written : paths, wrote: true)
    }

    /// The Object IDs of the data folder's referentiecomponenten; nil without a model to check against.
    private static func referentiecomponenten(in gemma: SourceFile?) -> Set<String>? {
        guard let gemma, let model = GemmaReader.read(gemma.bytes, file: gemma.displayPath).0, !model.referentiecomponenten.isEmpty else { return nil }
        return Set(model.referentiecomponenten.map(\.objectID))
    }

    /// The errors the loader finds in the folder as the import would leave it.
    static func loadErrors(after changes: [DataFileChange], data: [String: SourceFile], folder: String) -> [Diagnostic] {
        var files = data
        for change in changes {
            files[change.name] = SourceFile(relativePath: change.name, displayPath: folder + "/" + change.name, bytes: change.bytes)
        }
        return CatalogusLoader.load(files, folder: folder).1.errors
    }
}
