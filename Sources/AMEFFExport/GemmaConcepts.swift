import CatalogusModel
import Gemma

/// The GEMMA concepts the catalogue refers to by `Object ID`, as elements with their own GEMMA
/// identifier, so that an export lines up with the GEMMA model it came from.
struct GemmaConcepts {
    /// What a reference points at; kinds apart, so that a reference to the wrong kind of concept
    /// can never make an invalid relationship.
    enum Kind: String, CaseIterable {
        case referentiecomponent = "Referentiecomponent", standaardversie = "Standaardversie", standaard = "Standaard"
        case voorziening = "Buitengemeentelijke voorziening", applicatieservice = "Applicatieservice"

        var elementType: String {
            switch self {
            case .referentiecomponent, .voorziening: "ApplicationComponent"
            case .standaardversie, .standaard: "Constraint"
            case .applicatieservice: "ApplicationService"
            }
        }

        /// Place in `allCases`.
        var position: Int {
            switch self {
            case .referentiecomponent: 0
            case .standaardversie: 1
            case .standaard: 2
            case .voorziening: 3
            case .applicatieservice: 4
            }
        }

        /// GEMMA gives applicatieservices no `GEMMA type`.
        var gemmaType: String? { self == .applicatieservice ? nil : rawValue }
    }

    private let fragments: [Kind: [String: ElementFragment]]
    /// Identifier in the GEMMA file → element; views refer to elements this way.
    let byGemmaIdentifier: [String: ElementFragment]
    /// Where GEMMA Online shows a concept: this base and its Object ID (the `GEMMA URL` property).
    let gemmaOnlineUrl: String
    /// How many fragments there are; the catalogue's own elements are ranked after them.
    let count: Int
    /// Every fragment, in no particular order.
    let all: [ElementFragment]

    /// `referenced`: every (kind, Object ID) the catalogue refers to, so that references the model
    /// does not know (a catalogue without `gemma.xml`) get an element too.
    init(_ gemma: GemmaModel, info: CatalogusInfo, pageURL: AMEFFExport.PageURL, referenced: [(Kind, String)]) {
        var elements: [(Kind, String, ExchangeElement, gemmaIdentifier: String?)] = []
        // By kind, the Object IDs seen: no key made of kind and id for each of the catalogue's
        // hundred thousand references.
        var known = [Set<String>](repeating: [], count: Kind.allCases.count)
        var used = Set<String>()
        // No GEMMA documentation: the definition lives on GEMMA Online (the `GEMMA URL` property), and
        // repeating it in every portfolio and landscape made GEMMA's texts most of their bytes.
        func add(_ kind: Kind, _ objectID: String, _ identifier: String?, _ naam: String) {
            guard known[kind.position].insert(objectID).inserted else { return }
            var exchange = identifier.map(Identifier.gemma) ?? Identifier.ours("gemma", kind.rawValue, objectID)
            // A GEMMA file with a duplicate or empty identifier must not make ours invalid.
            if identifier?.isEmpty != false || used.contains(exchange) { exchange = Identifier.ours("gemma", kind.rawValue, objectID) }
            used.insert(exchange)
            var properties: [Property] = []
            properties.add(.objectID, objectID)
            properties.add(.gemmaType, kind.gemmaType)
            if identifier != nil {
                if kind == .referentiecomponent { properties.add(.url, pageURL(.referentiecomponent, objectID)) }
                properties.add(.gemmaURL, info.gemmaOnlineUrl + objectID)
            }
            let element = ExchangeElement(identifier: exchange, type: kind.elementType, name: naam, properties: properties)
            elements.append((kind, objectID, element, identifier))
        }
        for rc in gemma.referentiecomponenten { add(.referentiecomponent, rc.objectID, rc.identifier, rc.naam) }
        for versie in gemma.standaardversies { add(.standaardversie, versie.objectID, versie.identifier, versie.naam) }
        for standaard in gemma.standaarden { add(.standaard, standaard.objectID, standaard.identifier, standaard.naam) }
        for voorziening in gemma.landelijkeVoorzieningen { add(.voorziening, voorziening.objectID, voorziening.identifier, voorziening.naam) }
        for service in gemma.applicatieservices { add(.applicatieservice, service.objectID, service.identifier, service.naam) }
        // A catalogue built without `gemma.xml` still refers to GEMMA (the loader warns that it
        // could not check): keep the reference, named by its Object ID, rather than lose part of a landscape.
        for (kind, objectID) in referenced { add(kind, objectID, nil, objectID) }

        elements.sort { $0.2.identifier < $1.2.identifier }
        var fragments: [Kind: [String: ElementFragment]] = [:]
        var byGemmaIdentifier: [String: ElementFragment] = [:]
        for (rank, (kind, objectID, element, gemmaIdentifier)) in elements.enumerated() {
            let fragment = ElementFragment(element, rank: rank, objectID: objectID)
            fragments[kind, default: [:]][objectID] = fragment
            if let gemmaIdentifier, !gemmaIdentifier.isEmpty, byGemmaIdentifier[gemmaIdentifier] == nil {
                byGemmaIdentifier[gemmaIdentifier] = fragment
            }
        }
        all = fragments.values.flatMap(\.values)
        self.fragments = fragments
        self.byGemmaIdentifier = byGemmaIdentifier
        gemmaOnlineUrl = info.gemmaOnlineUrl
        count = elements.count
    }

    /// The element for a reference; every reference of the catalogue was given one at the start.
    func fragment(_ kind: Kind, _ objectID: String) -> ElementFragment {
        if let fragment = fragments[kind]?[objectID] { return fragment }
        // Only for a reference that was not announced; still valid, just not shared.
        var properties: [Property] = []
        properties.add(.objectID, objectID)
        properties.add(.gemmaType, kind.gemmaType)
        return ElementFragment(ExchangeElement(
            identifier: Identifier.ours("gemma", kind.rawValue, objectID), type: kind.elementType, name: objectID,
            properties: properties), rank: count, objectID: objectID)
    }

    /// The name of a standaardversie, for the koppeling property that lists them.
    func naam(_ kind: Kind, _ objectID: String) -> String {
        fragments[kind]?[objectID]?.name ?? objectID
    }
}
