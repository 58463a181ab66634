/// Writes a file in the child order the schema fixes: name, documentation, properties, elements,
/// relationships, organizations, propertyDefinitions, views. Empty wrappers are left out (the
/// schema wants at least one child in each).
extension AMEFFExport.Index {
    func write(_ model: ExchangeModel) -> [UInt8] {
        let gemma = model.gemma
        let elements = model.concepts.sortedElements(excluding: gemma?.prepared.elementSet ?? [])
        let relations = model.concepts.sortedRelations()
        let drawn = model.views.reduce(0) { $0 + $1.concepts.elements.count * 180 + $1.concepts.relations.count * 260 }
        var out = ByteWriter(capacity: 4_096 + elements.reduce(0) { $0 + $1.bytes.count + 60 } + relations.count * 360 + drawn
            + (gemma?.estimatedSize ?? 0))
        var keys = PropertyKeys()
        keys.insert(model.properties)
        ExchangeWriter.writeHeader(identifier: model.identifier, &out)
        ExchangeWriter.writeName(model.name, level: 1, &out)
        if !model.documentation.isEmpty { ExchangeWriter.writeDocumentation(model.documentation, level: 1, &out) }
        ExchangeWriter.writeProperties(model.properties, level: 1, &out)

        if !elements.isEmpty || gemma?.hasElements == true {
            out.line(1)
            out.raw("<elements>")
            for element in elements {
                out.raw(element.bytes)
                keys.formUnion(element.propertyKeys)
            }
            if let gemma { out.raw(gemma.elements) }
            out.line(1)
            out.raw("</elements>")
        }
        if !relations.isEmpty || gemma?.hasRelationships == true {
            out.line(1)
            out.raw("<relationships>")
            for relation in relations { write(relation, &out, &keys) }
            if let gemma { out.raw(gemma.relationships) }
            out.line(1)
            out.raw("</relationships>")
        }
        writeOrganizations(elements, relations, model, &out)
        if let gemma { keys.formUnion(gemma.propertyKeys) }
        ExchangeWriter.writePropertyDefinitions(keys, &out)
        if !model.views.isEmpty || gemma?.hasViews == true {
            out.line(1)
            out.raw("<views>")
            out.line(2)
            out.raw("<diagrams>")
            for view in model.views { write(view, &out) }
            gemma?.writeViews(&out)
            out.line(2)
            out.raw("</diagrams>")
            out.line(1)
            out.raw("</views>")
        }
        out.raw("\n</model>\n")
        return out.bytes
    }

    /// Archi's folders, so that an imported model looks like one made in Archi.
    private func writeOrganizations(
        _ elements: [ElementFragment], _ relations: [Relation], _ model: ExchangeModel, _ out: inout ByteWriter
    ) {
        var byFolder = [[ElementFragment]](repeating: [], count: Folder.allCases.count)
        for element in elements { byFolder[element.folder.rawValue].append(element) }
        out.line(1)
        out.raw("<organizations>")
        for folder in Folder.allCases {
            let prewritten = model.gemma?.folderItems[folder.rawValue] ?? []
            let empty = switch folder {
            case .relations: relations.isEmpty
            case .views: model.views.isEmpty
            default: byFolder[folder.rawValue].isEmpty
            }
            guard !empty || !prewritten.isEmpty else { continue }
            out.line(2)
            out.raw("<item>")
            out.line(3)
            out.raw("<label xml:lang=\"nl\">")
            out.raw(folder.label)
            out.raw("</label>")
            switch folder {
            case .relations:
                for relation in relations {
                    out.line(3)
                    out.raw("<item identifierRef=\"id-")
                    writeIdentifierBody(relation, &out)
                    out.raw("\"/>")
                }
            case .views:
                for view in model.views { ExchangeWriter.writeFolderItem(view.identifier, &out) }
            default:
                for element in byFolder[folder.rawValue] {
                    out.line(3)
                    out.raw("<item identifierRef=\"")
                    out.raw(element.identifierBytes)
                    out.raw("\"/>")
                }
            }
            out.raw(prewritten)
            out.line(2)
            out.raw("</item>")
        }
        out.line(1)
        out.raw("</organizations>")
    }
}
