import Gemma

/// GEMMA's views for the Softwarecatalogus, with the elements and relationships they show,
/// written once per catalogue. Each organisation's architecture file then copies these bytes and
/// only writes coordinates itself, because its applicaties are placed inside the
/// referentiecomponenten and the drawing must make room for them.
struct GemmaViewSet {
    /// The elements these bytes already hold; a file leaves them out of its own list.
    let elementSet: Set<ObjectIdentifier>
    let elements: [UInt8]
    let relationships: [UInt8]
    /// `<item identifierRef>` lines per `Folder`.
    let folderItems: [[UInt8]]
    let propertyKeys: PropertyKeys
    let views: [PreparedView]
    /// Object ID → the number nodes showing that element carry.
    let placements: [String: Int]

    init(_ gemma: GemmaModel, concepts: GemmaConcepts) {
        var preparation = Preparation(concepts: concepts, viewIDs: Dictionary(
            gemma.views.map { ($0.identifier, Identifier.gemma($0.identifier)) }, uniquingKeysWith: { first, _ in first }))
        views = gemma.views.map { preparation.prepare($0) }
        placements = preparation.placements
        let elementList = preparation.elements.values.sorted { $0.identifier < $1.identifier }
        let relationshipList = preparation.relationships.values.sorted { $0.identifier < $1.identifier }
        elementSet = Set(elementList.map(ObjectIdentifier.init))
        var out = ByteWriter(capacity: elementList.reduce(0) { $0 + $1.bytes.count })
        for element in elementList { out.raw(element.bytes) }
        elements = out.bytes
        out = ByteWriter(capacity: relationshipList.count * 256)
        for relationship in relationshipList { ExchangeWriter.write(relationship, &out) }
        relationships = out.bytes
        var keys = PropertyKeys()
        for element in elementList { keys.formUnion(element.propertyKeys) }
        if views.contains(where: \.hasObjectID) { keys.insert(.objectID) }
        propertyKeys = keys
        var items = [[UInt8]](repeating: [], count: Folder.allCases.count)
        func item(_ identifier: String, _ folder: Folder) {
            var out = ByteWriter(capacity: 64)
            out.line(3)
            out.raw("<item identifierRef=\"")
            out.token(identifier)
            out.raw("\"/>")
            items[folder.rawValue] += out.bytes
        }
        for element in elementList { item(element.identifier, Folder.of(elementType: element.type)) }
        for relationship in relationshipList { item(relationship.identifier, .relations) }
        for view in views { item(view.identifier, .views) }
        folderItems = items
    }

    /// What one organisation's file gets: these views with `placing` (referentiecomponent Object ID
    /// → the applicaties and versies used for it, in the order to draw them) drawn in.
    func rendering(placing: [String: [ElementFragment]]) -> Rendering {
        var table = [[ElementFragment]](repeating: [], count: placements.count)
        for (objectID, placed) in placing {
            if let number = placements[objectID] { table[number] = placed }
        }
        return Rendering(prepared: self, placing: table)
    }

    struct Rendering {
        let prepared: GemmaViewSet
        /// By placement number.
        let placing: [[ElementFragment]]

        var elements: [UInt8] { prepared.elements }
        var relationships: [UInt8] { prepared.relationships }
        var folderItems: [[UInt8]] { prepared.folderItems }
        var propertyKeys: PropertyKeys { prepared.propertyKeys }
        var hasElements: Bool { !prepared.elements.isEmpty }
        var hasRelationships: Bool { !prepared.relationships.isEmpty }
        var hasViews: Bool { !prepared.views.isEmpty }

        var estimatedSize: Int {
            prepared.elements.count + prepared.relationships.count + prepared.folderItems.reduce(0) { $0 + $1.count }
                + prepared.views.reduce(0) { $0 + $1.unchanged.count } + placing.reduce(0) { $0 + $1.count } * 4 * 200
        }

        func writeViews(_ out: inout ByteWriter) {
            for view in prepared.views { view.write(placing: placing, &out) }
        }
    }
}
