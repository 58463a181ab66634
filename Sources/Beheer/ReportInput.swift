import CatalogusLoader
import Diagnostics
import JSON

/// What the reports read: the data files as raw records (so they can be made while the folder has
/// errors, e.g. references a new GEMMA release broke), the GEMMA Object IDs that exist, and what the
/// loader's check found.
struct ReportInput: Sendable {
    /// The Object IDs of one kind the data may refer to.
    struct GemmaIDs: Sendable {
        var referentiecomponenten: Set<String> = []
        var standaardversies: Set<String> = []
        var landelijkeVoorzieningen: Set<String> = []
        var release: String?
    }

    var data: DataSet
    /// Nil when the folder has no readable gemma.xml: then no reference can be judged.
    var gemma: GemmaIDs?
    var errors: Int
    var warnings: Int
    var naam: String
    var peildatum: String?

    /// Fails only when a data file is not JSON at all; every other problem is counted, not fatal.
    static func read(_ files: [String: SourceFile], folder: String) -> Result<ReportInput, DiagnosticList> {
        DataSet.parse(files, folder: folder).map { data in
            let (catalogus, problems) = CatalogusLoader.load(files, folder: folder)
            var gemma = catalogus?.gemma
            if gemma == nil, let model = files["gemma.xml"] {
                // The folder has errors, so the loader gave no catalogue; the model alone still loads.
                let empty = SourceFile(relativePath: "organisaties.json", displayPath: folder + "/organisaties.json", text: "[]")
                gemma = CatalogusLoader.load(["organisaties.json": empty, "gemma.xml": model], folder: folder).0?.gemma
            }
            let ids = files["gemma.xml"] == nil ? nil : gemma.map { model in
                GemmaIDs(
                    referentiecomponenten: Set(model.referentiecomponenten.map(\.objectID)),
                    standaardversies: Set(model.standaardversies.map(\.objectID)),
                    landelijkeVoorzieningen: Set(model.landelijkeVoorzieningen.map(\.objectID)),
                    release: model.release)
            }
            let info = files["catalogus.json"].flatMap { try? JSONReader.parse($0.bytes).plain }
            var naam = "", peildatum: String?
            if case .object(let fields) = info {
                let record = DataRecord(fields: fields)
                naam = record.string("naam") ?? ""
                peildatum = record.string("peildatum")
            }
            return ReportInput(data: data, gemma: ids, errors: problems.errors.count, warnings: problems.warnings.count, naam: naam, peildatum: peildatum)
        }
    }
}
