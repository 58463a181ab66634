import CatalogusModel
import Diagnostics
import Gemma
import JSON
import Parallel

/// Turns the files of the data folder into a validated `Catalogus`, or all the problems found.
/// Pure: the caller reads the files (see `DataFolder`).
public enum CatalogusLoader {
    /// `files` maps a file name (`applicaties.json`) to its contents; `folder` is how messages name the data folder.
    public static func load(_ files: [String: SourceFile], folder: String = "content/catalogus") -> (Catalogus?, DiagnosticList) {
        var problems = DiagnosticList()
        guard files["organisaties.json"] != nil else {
            problems.append(.error(SourceLocation(file: folder + "/organisaties.json"), LoaderMessages.missingOrganisaties))
            return (nil, problems)
        }
        // The GEMMA model is read while the data files are decoded: neither needs the other yet.
        let (gemmaRead, tables) = both({ files["gemma.xml"].map { GemmaReader.read($0.bytes, file: $0.displayPath) } }, { Tables(files) })
        var gemma = GemmaModel.empty
        if let (model, found) = gemmaRead {
            problems.append(contentsOf: found)
            gemma = model ?? .empty
        }
        let info: CatalogusInfo
        if let file = files["catalogus.json"] {
            let (decoded, found) = decodeObject(file, CatalogusInfo.decode)
            problems.append(contentsOf: found)
            info = decoded ?? CatalogusInfo(naam: "", peildatum: nil)
        } else {
            info = CatalogusInfo(naam: "", peildatum: nil)
        }
        var catalogus = Catalogus(info: info, gemma: gemma)
        problems.append(contentsOf: tables.problems)
        catalogus.organisaties = tables.organisaties
        catalogus.contactpersonen = tables.contactpersonen
        catalogus.applicaties = tables.applicaties
        catalogus.applicatieversies = tables.applicatieversies
        catalogus.compliancy = tables.compliancy
        catalogus.diensten = tables.diensten
        catalogus.gebruik = tables.gebruik
        catalogus.koppelingen = tables.koppelingen
        catalogus.beoordelingen = tables.beoordelingen
        catalogus.contracten = tables.contracten
        let lookups = ReferenceCheck.Lookups(catalogus)
        let checked = parallelMap(ReferenceCheck.Part.allCases, batch: 1) { [catalogus] part in
            ReferenceCheck(catalogus, tables: tables, lookups: lookups, part: part)
        }
        problems.append(contentsOf: checked.flatMap(\.problems))
        let unchecked = checked.reduce(0) { $0 + $1.unchecked }
        if let warning = GemmaIndex.missingModelWarning(folder: folder, unchecked: unchecked) { problems.append(warning) }
        return (problems.hasErrors ? nil : catalogus, problems)
    }

    static func decodeObject<T>(_ file: SourceFile, _ decode: (inout FieldReader) -> T?) -> (T?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        guard let root = parse(file, &problems), var reader = FieldReader(root, file: file.displayPath, path: .root, problems: &problems) else {
            return (nil, problems)
        }
        let value = decode(&reader)
        return (value, problems + reader.finish())
    }

    static func parse(_ file: SourceFile, _ problems: inout [Diagnostic]) -> JSONNode? {
        do {
            return try JSONReader.parse(file.bytes)
        } catch {
            problems.append(.error(SourceLocation(file: file.displayPath, line: error.line, column: error.column), error.message))
            return nil
        }
    }
}
