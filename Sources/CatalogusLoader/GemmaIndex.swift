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
    private let hasModel: Bool
    /// References that could not be checked because there is no GEMMA model.
    private(set) var unchecked = 0

    init(_ c: Catalogus) {
        ids = [
            .referentiecomponent: Set(c.gemma.referentiecomponenten.map(\.objectID)),
            .standaardversie: Set(c.gemma.standaardversies.map(\.objectID)),
            .landelijkeVoorziening: Set(c.gemma.landelijkeVoorzieningen.map(\.objectID)),
        ]
        hasModel = !(c.gemma.referentiecomponenten.isEmpty && c.gemma.standaardversies.isEmpty && c.gemma.landelijkeVoorzieningen.isEmpty)
    }

    /// Without a GEMMA model nothing can be checked; that is said once, as a warning.
    static func missingModelWarning(folder: String, unchecked: Int) -> Diagnostic? {
        guard unchecked > 0 else { return nil }
        return .warning(SourceLocation(file: folder + "/gemma.xml"), LoaderMessages.uncheckedGemma(unchecked))
    }

    /// `isList`: the field holds a list, so a problem points at the element (`referentiecomponenten[2]`).
    mutating func check(_ references: [String], _ kind: Kind, _ at: PlaceRef, _ field: String, isList: Bool, _ problems: inout [Diagnostic]) {
        guard hasModel, let known = ids[kind] else {
            unchecked += references.count
            return
        }
        for (i, id) in references.enumerated() where !known.contains(id) {
            problems.append(.error(at.at(field, element: isList ? i : nil), LoaderMessages.gemmaReference(id, field: field, expected: kind.description)))
        }
    }
}
