import CatalogusModel
import Diagnostics

/// The GEMMA Object IDs references may use, by kind.
struct GemmaIndex {
    enum Kind {
        case referentiecomponent, standaardversie, landelijkeVoorziening

        var description: String {
            switch self {
            case .referentiecomponent: "referentiecomponent"
            case .standaardversie: "standaardversie"
            case .landelijkeVoorziening: "landelijke voorziening"
            }
        }
    }

    private let ids: [Kind: Set<String>]
    /// Without a GEMMA model nothing can be checked; that is said once, as a warning.
    let missingModelWarning: Diagnostic?

    init(_ c: Catalogus) {
        ids = [
            .referentiecomponent: Set(c.gemma.referentiecomponenten.map(\.objectID)),
            .standaardversie: Set(c.gemma.standaardversies.map(\.objectID)),
            .landelijkeVoorziening: Set(c.gemma.landelijkeVoorzieningen.map(\.objectID)),
        ]
        let empty = c.gemma.referentiecomponenten.isEmpty && c.gemma.standaardversies.isEmpty
        missingModelWarning = empty
            ? .warning(SourceLocation(file: "gemma.xml"), "geen GEMMA-model gevonden: verwijzingen naar GEMMA zijn niet gecontroleerd; zet gemma.xml in de gegevensmap")
            : nil
    }

    func check(_ references: [String], _ kind: Kind, _ at: ObjectPlace, _ field: String, _ problems: inout [Diagnostic]) {
        guard missingModelWarning == nil, let known = ids[kind] else { return }
        for id in references where !known.contains(id) {
            problems.append(.error(at.at(field), LoaderMessages.gemmaReference(id, field: field, expected: "een \(kind.description)")))
        }
    }
}
