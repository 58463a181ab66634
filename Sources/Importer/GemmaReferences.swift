import Diagnostics
import Gemma
import JSON

/// The references from the catalogue into GEMMA that a new release would leave pointing at nothing.
enum GemmaReferences {
    /// A kind of GEMMA concept the data files refer to.
    enum Kind: Sendable {
        case referentiecomponent, standaardversie, landelijkeVoorziening

        var description: String {
            switch self {
            case .referentiecomponent: "referentiecomponent"
            case .standaardversie: "standaardversie"
            case .landelijkeVoorziening: "landelijke voorziening"
            }
        }

        func concepts(_ model: GemmaModel) -> [GemmaConcept] {
            switch self {
            case .referentiecomponent: model.referentiecomponenten.map(\.concept)
            case .standaardversie: model.standaardversies.map(\.concept)
            case .landelijkeVoorziening: model.landelijkeVoorzieningen.map(\.concept)
            }
        }
    }

    /// Every field of the contract that holds GEMMA Object IDs: file, field, kind.
    static let fields: [(file: String, field: String, kind: Kind)] = [
        ("applicaties.json", "referentiecomponenten", .referentiecomponent),
        ("gebruik.json", "referentiecomponenten", .referentiecomponent),
        ("compliancy.json", "standaardversie", .standaardversie),
        ("koppelingen.json", "standaardversies", .standaardversie),
        ("koppelingen.json", "buitengemeentelijkeVoorziening", .landelijkeVoorziening),
    ]

    /// An error for every reference that resolves in `current` (or that nothing checks yet, without
    /// a current model) and not in `new`, at the value in its file (`$[3].referentiecomponenten[1]`).
    /// References broken already are left to the loader, which reports them on every check.
    static func breaking(_ data: [String: SourceFile], current: GemmaModel?, new: GemmaModel) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for file in Set(fields.map(\.file)).sorted() {
            guard let source = data[file] else { continue }
            let root: JSONNode
            do {
                root = try JSONReader.parse(source.bytes)
            } catch {
                problems.append(.error(SourceLocation(file: source.displayPath, line: error.line, column: error.column), error.message))
                continue
            }
            guard case .array(let elements) = root.value else { continue }
            for (field, kind) in fields.filter({ $0.file == file }).map({ ($0.field, $0.kind) }) {
                let before = current.map { Dictionary(kind.concepts($0).map { ($0.objectID, $0.naam) }, uniquingKeysWith: { a, _ in a }) }
                let after = Set(kind.concepts(new).map(\.objectID))
                for (index, element) in elements.enumerated() {
                    for (id, node, path) in values(of: field, in: element, index: index) where !after.contains(id) {
                        guard before == nil || before?[id] != nil else { continue }
                        let at = SourceLocation(file: source.displayPath, line: node.line, column: node.column, jsonPath: path)
                        problems.append(.error(at, GemmaImportMessages.breaking(id, naam: before?[id], field: field, kind: kind.description)))
                    }
                }
            }
        }
        return problems
    }

    /// The Object IDs in `field` of one object, with their nodes and JSON paths.
    private static func values(of field: String, in element: JSONNode, index: Int) -> [(String, JSONNode, String)] {
        guard case .object(let members) = element.value, let member = members.last(where: { $0.key == field }) else { return [] }
        switch member.value.value {
        case .string(let id): return [(id, member.value, "$[\(index)].\(field)")]
        case .array(let items):
            return items.enumerated().compactMap { position, item in
                guard case .string(let id) = item.value else { return nil }
                return (id, item, "$[\(index)].\(field)[\(position)]")
            }
        default: return []
        }
    }
}
