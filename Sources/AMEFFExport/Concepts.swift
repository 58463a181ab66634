/// The elements and relationships of one file as they are gathered, each once, with the band of
/// the view it is drawn in. The same applicatie reached twice (two gebruik lines) is one element.
///
/// Relationships are not looked up: each comes from one object of the catalogue (a gebruik line,
/// a koppeling, a compliancy) or is added with the element it belongs to when that element is new
/// (`insert`), so callers add each once. Debug builds check that.
struct Concepts {
    /// Bands of a layered view, top to bottom.
    enum Layer: Int, CaseIterable {
        case aanbieder, afnemer, applicatie, versie, referentiecomponent, standaardversie, voorziening
    }

    private(set) var elements: [(fragment: ElementFragment, layer: Layer)] = []
    private(set) var relations: [Relation] = []
    private var seenElements = Set<ObjectIdentifier>()
    /// Whether `relations` is in file order already.
    private var relationsSorted = false
    #if DEBUG
    private var seenRelations = Set<Relation>()
    #endif

    /// Adds `fragment` unless it is there; returns it, for relations to it.
    @discardableResult
    mutating func add(_ fragment: ElementFragment, _ layer: Layer) -> ElementFragment {
        insert(fragment, layer).fragment
    }

    /// Adds `fragment` unless it is there, and says whether it was new.
    mutating func insert(_ fragment: ElementFragment, _ layer: Layer) -> (fragment: ElementFragment, isNew: Bool) {
        let isNew = seenElements.insert(ObjectIdentifier(fragment)).inserted
        if isNew { elements.append((fragment, layer)) }
        return (fragment, isNew)
    }

    /// Adds a relationship not added before (see the type's note).
    mutating func add(_ relation: Relation) {
        #if DEBUG
        assert(seenRelations.insert(relation).inserted, "relation added twice: \(relation.kind) \(relation.a) \(relation.b)")
        #endif
        relations.append(relation)
        relationsSorted = false
    }

    /// Everything of `other` that is not here yet.
    mutating func formUnion(_ other: Concepts) {
        for (fragment, layer) in other.elements { add(fragment, layer) }
        var seen = Set(relations)
        for relation in other.relations where seen.insert(relation).inserted { add(relation) }
    }

    /// These concepts with the relationships in file order, so that the file and its views sort once.
    func sortingRelations() -> Concepts {
        var sorted = self
        sorted.relations = sortedRelations()
        sorted.relationsSorted = true
        return sorted
    }

    /// Elements in file order, leaving out those another part of the file writes.
    func sortedElements(leavingOut written: (ElementFragment) -> Bool = { _ in false }) -> [ElementFragment] {
        let kept = elements.map(\.fragment).filter { !written($0) }
        // The order of `inFileOrder`, sorting numbers: identifiers are only read when ranks are equal.
        let order = kept.indices.map { (rank: kept[$0].rank, at: $0) }.sorted {
            $0.rank != $1.rank ? $0.rank < $1.rank : kept[$0.at].identifier < kept[$1.at].identifier
        }
        return order.map { kept[$0.at] }
    }

    /// The order of elements in a file: by kind, then object id (see `ElementFragment.rank`), then identifier.
    static func inFileOrder(_ a: ElementFragment, _ b: ElementFragment) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : a.identifier < b.identifier
    }

    func sortedRelations() -> [Relation] {
        if relationsSorted { return relations }
        return relations.indices.map { (relations[$0].order, $0) }.sorted { $0 < $1 }.map { relations[$0.1] }
    }

    /// The bands of a layered view, each by name (see `NameOrder`).
    func layers(_ names: NameOrder) -> [[ElementFragment]] {
        var rows = [[(rank: Int, fragment: ElementFragment)]](repeating: [], count: Layer.allCases.count)
        for (fragment, layer) in elements { rows[layer.rawValue].append((names.rank(fragment), fragment)) }
        return rows.filter { !$0.isEmpty }.map { row in
            row.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : ElementFragment.byName($0.fragment, $1.fragment) }.map(\.fragment)
        }
    }
}

/// Every element's place when all are sorted by name, so that views sort numbers, not names;
/// looked up by the element's `rank`, which is its position among all elements made for the catalogue.
struct NameOrder: Sendable {
    private let byRank: [Int]
    private let fragments: [ElementFragment]

    /// `fragments`: every element made for the catalogue, at the position of its `rank`.
    init(_ fragments: [ElementFragment]) {
        self.fragments = fragments
        var byRank = [Int](repeating: Int.max, count: fragments.count)
        for (place, fragment) in fragments.sorted(by: ElementFragment.byName).enumerated() { byRank[fragment.rank] = place }
        self.byRank = byRank
    }

    /// The place of `fragment`; after all others for one made on the spot.
    func rank(_ fragment: ElementFragment) -> Int {
        fragment.rank < fragments.count && fragments[fragment.rank] === fragment ? byRank[fragment.rank] : Int.max
    }
}
