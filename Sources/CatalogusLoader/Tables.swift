import CatalogusModel
import Diagnostics
import JSON
import Parallel

/// The array files of the data folder, decoded side by side, with the JSON path of every id so
/// later checks can point at the object.
struct Tables {
    var organisaties: [Organisatie] = []
    var contactpersonen: [Contactpersoon] = []
    var applicaties: [Applicatie] = []
    var applicatieversies: [Applicatieversie] = []
    var compliancy: [Compliancy] = []
    var diensten: [Dienst] = []
    var gebruik: [Gebruik] = []
    var koppelingen: [Koppeling] = []
    var beoordelingen: [Beoordeling] = []
    var contracten: [Contract] = []
    /// File name → object id → where the object stands.
    var paths: [String: [String: ObjectPlace]] = [:]
    var problems: [Diagnostic] = []

    init(_ files: [String: SourceFile]) {
        func table<T: Identifiable & Sendable>(_ name: String, _ decode: @escaping @Sendable (inout FieldReader) -> T?) -> Decoded<T> where T.ID == String {
            guard let file = files[name] else { return Decoded() }
            return Decoded(file, decode)
        }
        // Each file is independent; decoding them in turn keeps this simple, each is parallel inside.
        let organisaties = table("organisaties.json", Organisatie.decode)
        let contactpersonen = table("contactpersonen.json", Contactpersoon.decode)
        let applicaties = table("applicaties.json", Applicatie.decode)
        let versies = table("applicatieversies.json", Applicatieversie.decode)
        let compliancy = table("compliancy.json", Compliancy.decode)
        let diensten = table("diensten.json", Dienst.decode)
        let gebruik = table("gebruik.json", Gebruik.decode)
        let koppelingen = table("koppelingen.json", Koppeling.decode)
        let beoordelingen = table("beoordelingen.json", Beoordeling.decode)
        let contracten = table("contracten.json", Contract.decode)
        self.organisaties = organisaties.values
        self.contactpersonen = contactpersonen.values
        self.applicaties = applicaties.values
        self.applicatieversies = versies.values
        self.compliancy = compliancy.values
        self.diensten = diensten.values
        self.gebruik = gebruik.values
        self.koppelingen = koppelingen.values
        self.beoordelingen = beoordelingen.values
        self.contracten = contracten.values
        let all: [(String, [Diagnostic], [String: ObjectPlace])] = [
            ("organisaties.json", organisaties.problems, organisaties.paths), ("contactpersonen.json", contactpersonen.problems, contactpersonen.paths),
            ("applicaties.json", applicaties.problems, applicaties.paths), ("applicatieversies.json", versies.problems, versies.paths),
            ("compliancy.json", compliancy.problems, compliancy.paths), ("diensten.json", diensten.problems, diensten.paths),
            ("gebruik.json", gebruik.problems, gebruik.paths), ("koppelingen.json", koppelingen.problems, koppelingen.paths),
            ("beoordelingen.json", beoordelingen.problems, beoordelingen.paths), ("contracten.json", contracten.problems, contracten.paths),
        ]
        for (name, found, paths) in all {
            problems += found
            self.paths[name] = paths
        }
    }
}

/// One array file decoded: its objects sorted by id, where each stands, and the problems found.
struct Decoded<T: Identifiable & Sendable> where T.ID == String {
    var values: [T] = []
    var paths: [String: ObjectPlace] = [:]
    var problems: [Diagnostic] = []

    init() {}

    init(_ file: SourceFile, _ decode: @escaping @Sendable (inout FieldReader) -> T?) {
        var rootProblems: [Diagnostic] = []
        guard let root = CatalogusLoader.parse(file, &rootProblems) else {
            problems = rootProblems
            return
        }
        guard case .array(let items) = root.value else {
            problems = [.error(SourceLocation(file: file.displayPath, line: root.line, column: root.column, jsonPath: "$"), LoaderMessages.notAnArray(file.relativePath))]
            return
        }
        let display = file.displayPath
        let decoded = parallelMap(Array(items.enumerated())) { index, node -> (T?, [Diagnostic], ObjectPlace?) in
            var found: [Diagnostic] = []
            guard var reader = FieldReader(node, file: display, path: "$[\(index)]", problems: &found) else {
                return (nil, found, nil)
            }
            let value = decode(&reader)
            return (value, found + reader.finish(), reader.place)
        }
        for (value, found, place) in decoded {
            problems += found
            guard let value, let place else { continue }
            if let first = paths[value.id] {
                problems.append(.error(place.at("id"), LoaderMessages.duplicateID(value.id, firstPath: first.object.jsonPath ?? "$")))
                continue
            }
            paths[value.id] = place
            values.append(value)
        }
        values.sort { $0.id < $1.id }
    }
}
