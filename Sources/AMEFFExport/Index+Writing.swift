/// Writes a file in the child order the schema fixes: name, documentation, properties, elements,
/// relationships, propertyDefinitions, views. Empty wrappers are left out (the schema wants at
/// least one child in each).
///
/// No `<organizations>`: the folders it would describe are Archi's default folders by type, in
/// which Archi files every imported concept by itself; listing each concept once more cost a
/// tenth of every file.
extension AMEFFExport.Index {
    func write(_ model: ExchangeModel) -> [UInt8] {
        let gemma = model.gemma
        let held = { (element: ElementFragment) in gemma?.holds(element) == true }
        var elements = model.concepts.sortedElements(leavingOut: held)
        if !model.prewritten.elements.isEmpty {
            elements = Prewritten.merge(elements, gemma == nil ? model.prewritten.elements : model.prewritten.elements.filter { !held($0) })
        }
        let relations = model.concepts.sortedRelations()
        let drawn = model.views.reduce(0) { $0 + $1.concepts.elements.count * 130 + $1.concepts.relations.count * 190 }
            + model.prewritten.views.reduce(0) { $0 + $1.body.count + 256 } + model.prewritten.relations.bytes.count
        let estimate = 4_096 + elements.reduce(0) { $0 + $1.bytes.count } + relations.count * 260 + drawn + (gemma?.estimatedSize ?? 0)
        // Half as much again: pages never written cost nothing, a file that outgrows its buffer is moved.
        return ByteWriter.file(capacity: estimate + estimate / 2) { out in write(model, elements, relations, &out) }
    }

    private func write(_ model: ExchangeModel, _ elements: [ElementFragment], _ relations: [Relation], _ out: inout ByteWriter) {
        let gemma = model.gemma
        var keys = PropertyKeys()
        keys.insert(model.properties)
        ExchangeWriter.writeHeader(identifier: model.identifier, &out)
        out.line(1)
        ExchangeWriter.writeName(model.name, &out)
        if !model.documentation.isEmpty { ExchangeWriter.writeDocumentation(model.documentation, level: 1, &out) }
        ExchangeWriter.writeProperties(model.properties, level: 1, &out)

        if !elements.isEmpty || gemma?.hasElements == true {
            out.line(1)
            out.raw("<elements>")
            for element in elements {
                out.raw(element.bytes)
                keys.formUnion(element.propertyKeys)
            }
            gemma?.writeElements(&out)
            out.line(1)
            out.raw("</elements>")
        }
        let prewritten = model.prewritten
        if !relations.isEmpty || !prewritten.relations.isEmpty || gemma?.hasRelationships == true {
            out.line(1)
            out.raw("<relationships>")
            // A file has relationships of its own or prewritten ones, so neither needs merging into the other.
            for relation in relations { write(relation, &out, &keys) }
            prewritten.relations.write(&out)
            keys.formUnion(prewritten.relations.keys)
            gemma?.writeRelationships(&out)
            out.line(1)
            out.raw("</relationships>")
        }
        if let gemma { keys.formUnion(gemma.propertyKeys) }
        ExchangeWriter.writePropertyDefinitions(keys, &out)
        if !model.views.isEmpty || !prewritten.views.isEmpty || gemma?.hasViews == true {
            out.line(1)
            out.raw("<views>")
            out.line(2)
            out.raw("<diagrams>")
            for view in model.views { write(view, &out) }
            for view in prewritten.views {
                Self.writeViewHead(identifier: Identifier.view(view.kind.tag, of: model.identifier), name: view.name, &out)
                out.raw(view.body)
            }
            gemma?.writeViews(&out)
            out.line(2)
            out.raw("</diagrams>")
            out.line(1)
            out.raw("</views>")
        }
        out.raw("\n</model>\n")
    }
}
