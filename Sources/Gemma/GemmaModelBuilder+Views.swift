extension GemmaModelBuilder {
    /// Views whose "Publiceren" mentions the Softwarecatalogus ("Softwarecatalogus en GEMMA
    /// Online en redactie"), sorted by title, then Object ID.
    mutating func publishedViews(relationships: [ResolvedRelationship?]) -> [GemmaView] {
        var views: [GemmaView] = []
        for view in raw.views {
            let publiceren = properties.value("Publiceren", in: view.properties) ?? ""
            guard publiceren.lowercased().contains("softwarecatalogus") else { continue }
            views.append(gemmaView(view, relationships: relationships))
        }
        return views.sorted {
            ($0.naam.lowercased(), $0.naam, $0.objectID ?? $0.identifier)
                < ($1.naam.lowercased(), $1.naam, $1.objectID ?? $1.identifier)
        }
    }

    private mutating func gemmaView(_ view: RawView, relationships: [ResolvedRelationship?]) -> GemmaView {
        let title = properties.value("Titel view SWC", in: view.properties)?.trimmed ?? ""
        let objectID = properties.value("Object ID", in: view.properties)?.trimmed
        let naam = title.isEmpty ? view.name.trimmed : title
        let nodes = view.nodes.map { node(of: $0, in: naam) }
        let ends = Set(view.nodes.map(\.identifier)).union(view.connections.map(\.identifier))
        let connections = view.connections.compactMap { connection in
            self.connection(of: connection, in: naam, ends: ends, relationships: relationships)
        }
        var breedte = 0, hoogte = 0
        for node in nodes {
            breedte = max(breedte, node.x + node.w)
            hoogte = max(hoogte, node.y + node.h)
        }
        for point in connections.flatMap(\.bendpoints) {
            breedte = max(breedte, point.x)
            hoogte = max(hoogte, point.y)
        }
        var result = GemmaView(
            identifier: view.identifier, objectID: objectID?.isEmpty == false ? objectID : nil, naam: naam,
            breedte: breedte, hoogte: hoogte, nodes: nodes, connections: connections)
        let documentation = view.documentation.trimmed
        result.beschrijving = documentation.isEmpty ? nil : documentation
        return result
    }

    private mutating func node(of node: RawNode, in view: String) -> GemmaViewNode {
        var result = GemmaViewNode(
            identifier: node.identifier, label: node.label.trimmed, soort: node.type,
            x: node.x ?? 0, y: node.y ?? 0, w: node.w ?? 0, h: node.h ?? 0, parent: node.parent,
            viewRef: node.viewRef, fillColor: node.fillColor, lineColor: node.lineColor)
        result.fontSize = node.fontSize
        result.fontColor = node.fontColor
        if node.x == nil || node.y == nil || node.w == nil || node.h == nil {
            warnings.append(.warning(node.offset, GemmaMessages.missingNodeBounds(view: view, node: node.identifier)))
        }
        if let reference = node.elementRef {
            result.elementRef = reference
            if let i = elementIndex[reference] {
                result.objectID = objectID(ofElement: i)
                result.label = raw.elements[i].name.trimmed
                result.elementType = raw.elements[i].type
            } else {
                warnings.append(.warning(node.offset, GemmaMessages.unknownElementRef(view: view, reference: reference)))
            }
        }
        return result
    }

    /// Nil when the connection cannot be drawn: an end that is not on this view.
    private mutating func connection(
        of connection: RawConnection, in view: String, ends: Set<String>, relationships: [ResolvedRelationship?]
    ) -> GemmaViewConnection? {
        for end in [connection.source, connection.target] where !ends.contains(end) {
            warnings.append(.warning(connection.offset, GemmaMessages.unknownConnectionEnd(view: view, reference: end)))
            return nil
        }
        var relationshipType: String?
        if let reference = connection.relationshipRef {
            if let i = relationshipIndex[reference] {
                relationshipType = relationships[i]?.kind.rawValue
            } else {
                warnings.append(.warning(connection.offset, GemmaMessages.unknownRelationshipRef(view: view, reference: reference)))
            }
        }
        return GemmaViewConnection(
            identifier: connection.identifier, source: connection.source, target: connection.target,
            relationshipType: relationshipType, relationshipRef: connection.relationshipRef,
            bendpoints: connection.bendpoints)
    }
}
