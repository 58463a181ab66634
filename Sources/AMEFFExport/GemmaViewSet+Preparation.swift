import Gemma

extension GemmaViewSet {
    /// Turns GEMMA's views into bytes with their coordinates left open, gathering the elements and
    /// relationships they show. Identifiers are GEMMA's own where safe; any that would clash in
    /// our file get one of ours.
    struct Preparation {
        let concepts: GemmaConcepts
        /// GEMMA view identifier → ours and the view's position in the set, for Labels that link to another view.
        let viewIDs: [String: (identifier: String, view: Int)]
        var elements: [String: ElementFragment] = [:]
        var relationships: [String: ExchangeRelationship] = [:]
        /// Object ID of an element drawn in a view → its placement number.
        var placements: [String: Int] = [:]
        private var used = Set<String>()

        init(concepts: GemmaConcepts, viewIDs: [String: (identifier: String, view: Int)]) {
            self.concepts = concepts
            self.viewIDs = viewIDs
            used.formUnion(viewIDs.values.map(\.identifier))
            used.formUnion(concepts.byGemmaIdentifier.values.map(\.identifier))
        }

        /// The view, with the identifiers of the elements and relationships it shows.
        mutating func prepare(_ view: GemmaView) -> (view: PreparedView, elements: Set<String>, relationships: Set<String>) {
            let viewID = viewIDs[view.identifier]?.identifier ?? Identifier.gemma(view.identifier)
            var nodeIDs: [String: String] = [:]
            var elementOf: [String: String] = [:]  // node identifier → element identifier
            var nodes: [PreparedNode] = []
            var depths: [String: Int] = [:]
            var positions: [String: Int] = [:]
            for (position, node) in view.nodes.enumerated() where positions[node.identifier] == nil { positions[node.identifier] = position }
            // Children follow their parent in document order: the lowest edge inside each node, from the end.
            var contentBottoms = [Int](repeating: 0, count: view.nodes.count)
            for i in view.nodes.indices.reversed() {
                guard let parent = view.nodes[i].parent, let p = positions[parent], p < i else { continue }
                contentBottoms[p] = max(contentBottoms[p], view.nodes[i].y + view.nodes[i].h, contentBottoms[i])
            }
            let parents = Set(view.nodes.compactMap(\.parent))
            for (position, node) in view.nodes.enumerated() {
                let identifier = unique(Identifier.gemma(node.identifier), fallback: Identifier.ours("gn", view.identifier, String(position)))
                nodeIDs[node.identifier] = identifier
                let depth = node.parent.flatMap { depths[$0].map { $0 + 1 } } ?? 0
                depths[node.identifier] = depth
                let element = node.soort == "Element" ? self.element(of: node) : nil
                var placement: Int?
                if let element {
                    elementOf[node.identifier] = element.identifier
                    if let objectID = node.objectID {
                        placement = placements[objectID] ?? placements.count
                        placements[objectID] = placement
                    }
                }
                nodes.append(PreparedNode(
                    node, identifier: identifier, element: element, depth: depth, hasChildren: parents.contains(node.identifier),
                    contentBottom: contentBottoms[position], viewRef: node.viewRef.flatMap { viewIDs[$0] }, placement: placement))
            }
            let (connections, relationships) = prepareConnections(view, nodeIDs: nodeIDs, elementOf: elementOf)
            return (PreparedView(view, identifier: viewID, nodes: nodes, connections: connections), Set(elementOf.values), relationships)
        }

        /// The element a node shows, once per file; nil when the node points at nothing known
        /// (it is then written as a plain label, since a dangling reference would be invalid).
        private mutating func element(of node: GemmaViewNode) -> ElementFragment? {
            guard let reference = node.elementRef else { return nil }
            if let known = concepts.byGemmaIdentifier[reference] {
                elements[known.identifier] = known
                return known
            }
            guard let type = node.elementType, !type.isEmpty else { return nil }
            let identifier = Identifier.gemma(reference)
            if let existing = elements[identifier] { return existing }
            var properties: [Property] = []
            properties.add(.objectID, node.objectID)
            if let objectID = node.objectID { properties.add(.gemmaURL, concepts.gemmaOnlineUrl + objectID) }
            let element = ElementFragment(ExchangeElement(
                identifier: unique(identifier, fallback: Identifier.ours("g", reference, "element")), type: type, name: node.label,
                properties: properties), rank: 0)
            elements[identifier] = element
            return element
        }

        /// Connections as relationships between the elements of their end nodes; a connection
        /// whose relationship cannot be rebuilt that way (an end that is no element, a type we do
        /// not know, a relationship seen before between other ends) is drawn as a plain line.
        /// Returns the identifiers of the relationships drawn as well.
        private mutating func prepareConnections(
            _ view: GemmaView, nodeIDs: [String: String], elementOf: [String: String]
        ) -> ([PreparedConnection], Set<String>) {
            var connectionIDs: [String: String] = [:]
            var relationshipOf: [String: String] = [:]  // connection identifier → relationship identifier
            for (position, connection) in view.connections.enumerated() {
                connectionIDs[connection.identifier] = unique(
                    Identifier.gemma(connection.identifier), fallback: Identifier.ours("gc", view.identifier, String(position)))
            }
            // Relationships on relationships: an end may be another connection, resolved first.
            for _ in 0..<2 {
                for connection in view.connections where relationshipOf[connection.identifier] == nil {
                    guard let type = connection.relationshipType, let reference = connection.relationshipRef,
                          let source = elementOf[connection.source] ?? relationshipOf[connection.source],
                          let target = elementOf[connection.target] ?? relationshipOf[connection.target] else { continue }
                    let identifier = Identifier.gemma(reference)
                    if let existing = relationships[identifier] {
                        if existing.source == source && existing.target == target && existing.type == type {
                            relationshipOf[connection.identifier] = identifier
                        }
                        continue
                    }
                    guard !used.contains(identifier) else { continue }
                    used.insert(identifier)
                    relationships[identifier] = ExchangeRelationship(identifier: identifier, type: type, source: source, target: target)
                    relationshipOf[connection.identifier] = identifier
                }
            }
            var drawn = Set<String>()
            let connections = view.connections.compactMap { connection -> PreparedConnection? in
                guard let source = nodeIDs[connection.source] ?? connectionIDs[connection.source],
                      let target = nodeIDs[connection.target] ?? connectionIDs[connection.target] else { return nil }
                let relationship = relationshipOf[connection.identifier]
                if let relationship { drawn.insert(relationship) }
                return PreparedConnection(
                    identifier: connectionIDs[connection.identifier]!, relationship: relationship,
                    source: source, target: target, bendpoints: connection.bendpoints)
            }
            return (connections, drawn)
        }

        private mutating func unique(_ identifier: String, fallback: String) -> String {
            let chosen = used.contains(identifier) ? fallback : identifier
            used.insert(chosen)
            return chosen
        }
    }
}
