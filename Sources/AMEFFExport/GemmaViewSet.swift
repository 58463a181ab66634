import Gemma

/// GEMMA's views for the Softwarecatalogus, with the elements and relationships they show,
/// written once per catalogue. Each organisation's architecture file then copies these bytes and
/// only writes coordinates itself, because its applicaties are placed inside the
/// referentiecomponenten and the drawing must make room for them.
///
/// A file holds only the views in which the organisation has something placed, and only the
/// elements and relationships those views show.
struct GemmaViewSet {
    /// The elements the views show, sorted by identifier, each as written.
    let elements: [ElementFragment]
    /// The relationships the views show, sorted by identifier, each as written.
    let relationships: [[UInt8]]
    let views: [PreparedView]
    /// By view: positions in `elements` and `relationships` of what it shows, ascending.
    let elementsOfView: [[Int]]
    let relationshipsOfView: [[Int]]
    /// Element → position in `elements`, for files that hold some of them already.
    let elementPosition: [ObjectIdentifier: Int]
    /// Object ID → the number nodes showing that element carry.
    let placements: [String: Int]

    init(_ gemma: GemmaModel, concepts: GemmaConcepts) {
        var viewIDs: [String: (identifier: String, view: Int)] = [:]
        for (position, view) in gemma.views.enumerated() where viewIDs[view.identifier] == nil {
            viewIDs[view.identifier] = (Identifier.gemma(view.identifier), position)
        }
        var preparation = Preparation(concepts: concepts, viewIDs: viewIDs)
        let prepared = gemma.views.map { preparation.prepare($0) }
        views = prepared.map(\.view)
        placements = preparation.placements
        let elementList = preparation.elements.values.sorted { $0.identifier < $1.identifier }
        let relationshipList = preparation.relationships.values.sorted { $0.identifier < $1.identifier }
        elements = elementList
        relationships = relationshipList.map { relationship in
            var out = ByteWriter(capacity: 200)
            ExchangeWriter.write(relationship, &out)
            return out.bytes
        }
        let elementIndex = Dictionary(uniqueKeysWithValues: elementList.enumerated().map { ($1.identifier, $0) })
        let relationshipIndex = Dictionary(uniqueKeysWithValues: relationshipList.enumerated().map { ($1.identifier, $0) })
        elementPosition = Dictionary(uniqueKeysWithValues: elementList.enumerated().map { (ObjectIdentifier($1), $0) })
        var elementsOfView: [[Int]] = []
        var relationshipsOfView: [[Int]] = []
        for (_, shownElements, shownRelationships) in prepared {
            var elementSet = Set(shownElements.compactMap { elementIndex[$0] })
            var relationshipSet = Set(shownRelationships.compactMap { relationshipIndex[$0] })
            // A relationship needs both its ends in the file, and an end may be another relationship.
            var pending = Array(relationshipSet)
            while let r = pending.popLast() {
                for end in [relationshipList[r].source, relationshipList[r].target] {
                    if let e = elementIndex[end] {
                        elementSet.insert(e)
                    } else if let other = relationshipIndex[end], relationshipSet.insert(other).inserted {
                        pending.append(other)
                    }
                }
            }
            elementsOfView.append(elementSet.sorted())
            relationshipsOfView.append(relationshipSet.sorted())
        }
        self.elementsOfView = elementsOfView
        self.relationshipsOfView = relationshipsOfView
    }

    /// What one organisation's file gets: the views in which `table` (by placement number, the
    /// applicaties and versies used for that referentiecomponent, in the order to draw them) puts something.
    func rendering(placing table: [[ElementFragment]]) -> Rendering {
        let included = views.map { view in view.placeable.contains { !table[view.frames[$0].placement].isEmpty } }
        var hasElement = [Bool](repeating: false, count: elements.count)
        var hasRelationship = [Bool](repeating: false, count: relationships.count)
        for v in views.indices where included[v] {
            for e in elementsOfView[v] { hasElement[e] = true }
            for r in relationshipsOfView[v] { hasRelationship[r] = true }
        }
        var keys = PropertyKeys()
        for e in elements.indices where hasElement[e] { keys.formUnion(elements[e].propertyKeys) }
        if views.indices.contains(where: { included[$0] && views[$0].hasObjectID }) { keys.insert(.objectID) }
        return Rendering(prepared: self, placing: table, included: included, hasElement: hasElement, hasRelationship: hasRelationship,
                         propertyKeys: keys)
    }

    struct Rendering {
        let prepared: GemmaViewSet
        /// By placement number.
        let placing: [[ElementFragment]]
        /// By position in the set: the views in this file, the elements and relationships they show.
        let included: [Bool]
        let hasElement: [Bool]
        let hasRelationship: [Bool]
        let propertyKeys: PropertyKeys

        var hasElements: Bool { hasElement.contains(true) }
        var hasRelationships: Bool { hasRelationship.contains(true) }
        var hasViews: Bool { included.contains(true) }

        /// The names of GEMMA's views that are not in this file, in the set's order.
        var omittedViews: [String] { prepared.views.indices.filter { !included[$0] }.map { prepared.views[$0].name } }

        /// Whether these bytes hold `element` already, so that the file leaves it out of its own list.
        func holds(_ element: ElementFragment) -> Bool {
            prepared.elementPosition[ObjectIdentifier(element)].map { hasElement[$0] } ?? false
        }

        var estimatedSize: Int {
            var size = 0
            for e in prepared.elements.indices where hasElement[e] { size += prepared.elements[e].bytes.count }
            for r in prepared.relationships.indices where hasRelationship[r] { size += prepared.relationships[r].count }
            for v in prepared.views.indices where included[v] { size += prepared.views[v].estimatedSize }
            return size + placing.reduce(0) { $0 + $1.count } * 4 * 140
        }

        func writeElements(_ out: inout ByteWriter) {
            for e in prepared.elements.indices where hasElement[e] { out.raw(prepared.elements[e].bytes) }
        }

        func writeRelationships(_ out: inout ByteWriter) {
            for r in prepared.relationships.indices where hasRelationship[r] { out.raw(prepared.relationships[r]) }
        }

        func writeViews(_ out: inout ByteWriter) {
            for v in prepared.views.indices where included[v] { prepared.views[v].write(placing: placing, included: included, &out) }
        }
    }
}
