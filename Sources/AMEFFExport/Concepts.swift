/// The elements and relationships of one file as they are gathered, each once, with the band of
/// the view it is drawn in. The same applicatie reached twice (two gebruik lines) is one element.
struct Concepts {
    /// Bands of a layered view, top to bottom.
    enum Layer: Int, CaseIterable {
        case aanbieder, afnemer, applicatie, versie, referentiecomponent, standaardversie, voorziening
    }

    private(set) var elements: [(fragment: ElementFragment, layer: Layer)] = []
    private(set) var relations: [Relation] = []
    private var seenElements = Set<ObjectIdentifier>()
    private var seenRelations = Set<Relation>()

    /// Adds `fragment` unless it is there; returns it, for relations to it.
    @discardableResult
    mutating func add(_ fragment: ElementFragment, _ layer: Layer) -> ElementFragment {
        if seenElements.insert(ObjectIdentifier(fragment)).inserted { elements.append((fragment, layer)) }
        return fragment
    }

    mutating func add(_ relation: Relation) {
        if seenRelations.insert(relation).inserted { relations.append(relation) }
    }

    /// Everything of `other` that is not here yet.
    mutating func formUnion(_ other: Concepts) {
        for (fragment, layer) in other.elements { add(fragment, layer) }
        for relation in other.relations { add(relation) }
    }

    /// Elements in file order, leaving out those another part of the file writes.
    func sortedElements(leavingOut written: (ElementFragment) -> Bool = { _ in false }) -> [ElementFragment] {
        elements.map(\.fragment).filter { !written($0) }.sorted { ($0.rank, $0.identifier) < ($1.rank, $1.identifier) }
    }

    func sortedRelations() -> [Relation] {
        relations.indices.map { (relations[$0].order, $0) }.sorted { $0 < $1 }.map { relations[$0.1] }
    }

    /// The bands of a layered view, each by name: `nameRank` gives an element's place among all
    /// names (nil for one made on the spot, which goes last).
    func layers(nameRank: [ObjectIdentifier: Int]) -> [[ElementFragment]] {
        var rows = [[(rank: Int, fragment: ElementFragment)]](repeating: [], count: Layer.allCases.count)
        for (fragment, layer) in elements { rows[layer.rawValue].append((nameRank[ObjectIdentifier(fragment)] ?? Int.max, fragment)) }
        return rows.filter { !$0.isEmpty }.map { row in
            row.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : ElementFragment.byName($0.fragment, $1.fragment) }.map(\.fragment)
        }
    }
}
