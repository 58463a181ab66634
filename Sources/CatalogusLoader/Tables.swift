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
    /// File name → where each of its objects stands, by id.
    var places: [String: ObjectPlaces] = [:]
    /// File name → the ids its objects carry, valid or not; nil when the file could not be read at
    /// all. A reference to an object that is itself wrong is not reported a second time.
    var present: [String: Set<String>?] = [:]
    var problems: [Diagnostic] = []

    init(_ files: [String: SourceFile]) {
        // The files are independent: they are decoded side by side, the largest first.
        let slots = (
            organisaties: Slot<Organisatie>(), contactpersonen: Slot<Contactpersoon>(), applicaties: Slot<Applicatie>(),
            versies: Slot<Applicatieversie>(), compliancy: Slot<Compliancy>(), diensten: Slot<Dienst>(), gebruik: Slot<Gebruik>(),
            koppelingen: Slot<Koppeling>(), beoordelingen: Slot<Beoordeling>(), contracten: Slot<Contract>())
        let jobs: [@Sendable () -> Void] = [
            { slots.gebruik.fill(files["gebruik.json"], Gebruik.decode) },
            { slots.compliancy.fill(files["compliancy.json"], Compliancy.decode) },
            { slots.koppelingen.fill(files["koppelingen.json"], Koppeling.decode) },
            { slots.applicaties.fill(files["applicaties.json"], Applicatie.decode) },
            { slots.versies.fill(files["applicatieversies.json"], Applicatieversie.decode) },
            { slots.contactpersonen.fill(files["contactpersonen.json"], Contactpersoon.decode) },
            { slots.organisaties.fill(files["organisaties.json"], Organisatie.decode) },
            { slots.beoordelingen.fill(files["beoordelingen.json"], Beoordeling.decode) },
            { slots.contracten.fill(files["contracten.json"], Contract.decode) },
            { slots.diensten.fill(files["diensten.json"], Dienst.decode) },
        ]
        _ = parallelMap(Array(jobs.indices), batch: 1) { jobs[$0]() }
        let organisaties = slots.organisaties.decoded, contactpersonen = slots.contactpersonen.decoded
        let applicaties = slots.applicaties.decoded, versies = slots.versies.decoded, compliancy = slots.compliancy.decoded
        let diensten = slots.diensten.decoded, gebruik = slots.gebruik.decoded, koppelingen = slots.koppelingen.decoded
        let beoordelingen = slots.beoordelingen.decoded, contracten = slots.contracten.decoded
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
        let all: [(String, [Diagnostic], ObjectPlaces)] = [
            ("organisaties.json", organisaties.problems, organisaties.places), ("contactpersonen.json", contactpersonen.problems, contactpersonen.places),
            ("applicaties.json", applicaties.problems, applicaties.places), ("applicatieversies.json", versies.problems, versies.places),
            ("compliancy.json", compliancy.problems, compliancy.places), ("diensten.json", diensten.problems, diensten.places),
            ("gebruik.json", gebruik.problems, gebruik.places), ("koppelingen.json", koppelingen.problems, koppelingen.places),
            ("beoordelingen.json", beoordelingen.problems, beoordelingen.places), ("contracten.json", contracten.problems, contracten.places),
        ]
        for (name, found, places) in all {
            problems += found
            self.places[name] = places
        }
        let decoded: [(String, Set<String>?)] = [
            ("organisaties.json", organisaties.present), ("contactpersonen.json", contactpersonen.present),
            ("applicaties.json", applicaties.present), ("applicatieversies.json", versies.present),
            ("diensten.json", diensten.present), ("gebruik.json", gebruik.present),
        ]
        for (name, ids) in decoded { present[name] = .some(ids) }
    }
}

/// Where one file's decoding lands; written by exactly one job, read after all jobs are joined.
final class Slot<T: Identifiable & Sendable>: @unchecked Sendable where T.ID == String {
    private(set) var decoded = Decoded<T>()

    func fill(_ file: SourceFile?, _ decode: @escaping @Sendable (inout FieldReader) -> T?) {
        if let file { decoded = Decoded(file, decode) }
    }
}

/// One array file decoded: its objects sorted by id, where each stands, and the problems found.
struct Decoded<T: Identifiable & Sendable> where T.ID == String {
    var values: [T] = []
    var places = ObjectPlaces()
    var problems: [Diagnostic] = []
    /// Every id found, also of objects with errors; nil when the file could not be parsed.
    var present: Set<String>? = []

    init() {}

    /// What decoding one element gives: the value, its problems, and its id (also when the object
    /// has errors, so references to it are not reported twice).
    typealias Outcome = (value: T?, problems: [Diagnostic], id: String?)

    init(_ file: SourceFile, _ decode: @escaping @Sendable (inout FieldReader) -> T?) {
        let display = file.displayPath
        let item = { @Sendable (index: Int, node: JSONNode) -> Outcome in
            var id: String?
            if case .object(let fields) = node.value, let field = fields.first(where: { $0.key == "id" }), case .string(let text) = field.value.value {
                id = text
            }
            var found: [Diagnostic] = []
            guard var reader = FieldReader(node, file: display, path: ObjectPath("$", index: index), problems: &found) else {
                return (nil, found, id)
            }
            let value = decode(&reader)
            let more = reader.finish()
            return (value, found.isEmpty ? more : found + more, id)
        }
        // Fast path: each element parsed, decoded and freed on its own core. Any syntax problem
        // sends the file to the full parser below, which reports it exactly.
        var outcomes: [Outcome]?
        if let elements = JSONReader.arrayElements(file.bytes) {
            let bytes = file.bytes
            let parsed = parallelMap(Array(elements.enumerated())) { index, element -> Outcome? in
                guard let node = try? JSONReader.parseElement(bytes, element) else { return nil }
                return item(index, node)
            }
            if !parsed.contains(where: { $0 == nil }) {
                outcomes = parsed.map { $0! }
                places = ObjectPlaces(ElementLocator(file: display, bytes: bytes, elements: elements))
            }
        }
        if outcomes == nil {
            var rootProblems: [Diagnostic] = []
            guard let root = CatalogusLoader.parse(file, &rootProblems) else {
                problems = rootProblems
                present = nil
                return
            }
            guard case .array(let items) = root.value else {
                present = nil
                problems = [.error(SourceLocation(file: display, line: root.line, column: root.column, jsonPath: "$"), LoaderMessages.notAnArray(file.relativePath))]
                return
            }
            outcomes = parallelMap(Array(items.enumerated())) { index, node in item(index, node) }
            places = ObjectPlaces(ElementLocator(file: display, nodes: items))
        }
        let decoded = outcomes ?? []
        values.reserveCapacity(decoded.count)
        places.indices.reserveCapacity(decoded.count)
        for (index, outcome) in decoded.enumerated() {
            if let id = outcome.id { present?.insert(id) }
            problems += outcome.problems
            guard let value = outcome.value else { continue }
            if let first = places.indices.updateValue(index, forKey: value.id) {
                places.indices[value.id] = first
                problems.append(.error(places.locator.place(index).at("id"), LoaderMessages.duplicateID(value.id, firstPath: "$[\(first)]")))
                continue
            }
            values.append(value)
        }
        values.sort { $0.id < $1.id }
    }
}

/// Where the objects of one array file stand: the position of each id in the array, and the
/// locator that works out line and column from it when a problem is reported.
struct ObjectPlaces: Sendable {
    var indices: [String: Int] = [:]
    var locator = ElementLocator(file: "", nodes: [])

    init() {}

    init(_ locator: ElementLocator) {
        self.locator = locator
    }

    /// The place of the object with `id`, or of the file when there is none.
    func place(_ id: String) -> ObjectPlace {
        guard let index = indices[id] else { return ObjectPlace(file: locator.file) }
        return locator.place(index)
    }
}
