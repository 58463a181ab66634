/// Phase 2 of reading: property values by definition *name*. The `propid-N` numbers differ
/// between exports and releases ("Release" was propid-78 in one export and propid-7 in another),
/// so a reference number is never looked at for its meaning.
struct PropertyNames {
    /// Definition identifier → name, for definitions that have a name.
    private var names: [String: String] = [:]

    /// Reads the definitions and warns about unnamed ones and about references to definitions the
    /// file does not contain (ArchiMedes drops unnamed definitions but keeps the references).
    init(_ model: RawModel, warnings: inout [PendingDiagnostic]) {
        var defined = Set<String>()
        for definition in model.propertyDefinitions {
            defined.insert(definition.identifier)
            if let name = definition.name, !name.isEmpty {
                if names[definition.identifier] == nil { names[definition.identifier] = name }
            } else {
                warnings.append(.warning(definition.offset, GemmaMessages.unnamedPropertyDefinition(definition.identifier)))
            }
        }
        var dangling: [String: (offset: Int, uses: Int)] = [:]
        func check(_ properties: [RawProperty]) {
            for property in properties where !defined.contains(property.definitionRef) {
                let first = dangling[property.definitionRef]
                dangling[property.definitionRef] = (first?.offset ?? property.offset, (first?.uses ?? 0) + 1)
            }
        }
        check(model.properties)
        model.elements.forEach { check($0.properties) }
        model.relationships.forEach { check($0.properties) }
        model.views.forEach { check($0.properties) }
        for (reference, use) in dangling {
            warnings.append(.warning(use.offset, GemmaMessages.missingPropertyDefinition(reference, uses: use.uses)))
        }
    }

    /// The value of the property called `name`, or nil. When an object carries the property twice
    /// (it happens: a Verbindingsrol "Verplicht" followed by an empty one), the first non-empty value counts.
    func value(_ name: String, in properties: [RawProperty]) -> String? {
        var empty: String?
        for property in properties where names[property.definitionRef] == name {
            if !property.value.trimmed.isEmpty { return property.value }
            empty = empty ?? property.value
        }
        return empty
    }
}
