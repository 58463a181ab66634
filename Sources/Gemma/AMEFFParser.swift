/// Phase 1 of reading: one streaming pass over the exchange file that keeps what the GEMMA model
/// needs (elements, relationships, property definitions, views) and skips the rest
/// (organizations, metadata, styles other than colours) without making Strings of it.
struct AMEFFParser {
    var tokenizer: XMLTokenizer
    var model = RawModel()
    var warnings: [PendingDiagnostic] = []

    /// Reads the whole document; fails on malformed XML or when the root is not an ArchiMate `<model>`.
    static func parse(_ bytes: [UInt8]) throws(ReadFailure) -> (RawModel, [PendingDiagnostic]) {
        try XMLTokenizer.tokenize(bytes) { tokenizer throws(ReadFailure) in
            var parser = AMEFFParser(tokenizer: tokenizer)
            try parser.parseDocument()
            return (parser.model, parser.warnings)
        }
    }

    private mutating func parseDocument() throws(ReadFailure) {
        guard case .startTag(let root, _)? = try next() else {
            throw .xml(XMLError(offset: tokenizer.eventOffset, problem: .noRootElement))
        }
        try checkRoot(root)
        model.identifier = tokenizer.attributeValue("identifier") ?? ""
        while let child = try nextChild() {
            if tokenizer.localName(child, is: "name") {
                let name = try readText()
                if model.name.isEmpty { model.name = name }
            } else if tokenizer.localName(child, is: "properties") {
                model.properties += try readProperties()
            } else if tokenizer.localName(child, is: "elements") {
                try readConcepts(element: "element", into: \.elements)
            } else if tokenizer.localName(child, is: "relationships") {
                try readConcepts(element: "relationship", into: \.relationships)
            } else if tokenizer.localName(child, is: "propertyDefinitions") {
                try readPropertyDefinitions()
            } else if tokenizer.localName(child, is: "views") {
                try readViews()
            } else {
                try skipElement()
            }
        }
        // Whatever follows the root must still be well-formed (comments, no second root).
        while try next() != nil {}
    }

    /// The root must be `<model>` in the ArchiMate exchange namespace (3.0 and 3.1 share it).
    private func checkRoot(_ root: Range<Int>) throws(ReadFailure) {
        let name = tokenizer.string(root)
        let prefix = name.contains(":") ? String(name.prefix { $0 != ":" }) : nil
        let namespace = tokenizer.attributes.first { attribute in
            let attributeName = tokenizer.string(attribute.name)
            return prefix.map { attributeName == "xmlns:" + $0 } ?? (attributeName == "xmlns")
        }.map { tokenizer.value(of: $0) }
        guard tokenizer.localName(root, is: "model"),
              let namespace, namespace.hasPrefix("http://www.opengroup.org/xsd/archimate/")
        else {
            throw .notArchiMate(offset: tokenizer.eventOffset, root: name)
        }
    }

    // MARK: Sections

    private mutating func readConcepts(
        element: StaticString, into list: WritableKeyPath<RawModel, [RawConcept]>
    ) throws(ReadFailure) {
        let isRelationship = list == \RawModel.relationships
        while let child = try nextChild() {
            guard tokenizer.localName(child, is: element) else {
                try skipElement()
                continue
            }
            var concept = RawConcept(
                identifier: tokenizer.attributeValue("identifier") ?? "",
                type: xsiType() ?? "",
                offset: tokenizer.eventOffset)
            if isRelationship {
                concept.source = tokenizer.attributeValue("source")
                concept.target = tokenizer.attributeValue("target")
            }
            while let part = try nextChild() {
                if tokenizer.localName(part, is: "name") && concept.name.isEmpty {
                    concept.name = try readText()
                } else if tokenizer.localName(part, is: "documentation") && !isRelationship && concept.documentation.isEmpty {
                    concept.documentation = try readText()
                } else if tokenizer.localName(part, is: "properties") {
                    concept.properties += try readProperties()
                } else {
                    try skipElement()
                }
            }
            model[keyPath: list].append(concept)
        }
    }

    mutating func readProperties() throws(ReadFailure) -> [RawProperty] {
        var properties: [RawProperty] = []
        while let child = try nextChild() {
            guard tokenizer.localName(child, is: "property") else {
                try skipElement()
                continue
            }
            let offset = tokenizer.eventOffset
            let reference = tokenizer.attributeValue("propertyDefinitionRef")
            var value: String?
            while let part = try nextChild() {
                if tokenizer.localName(part, is: "value") && value == nil {
                    value = try readText()
                } else {
                    try skipElement()
                }
            }
            if let reference {
                properties.append(RawProperty(definitionRef: reference, value: value ?? "", offset: offset))
            } else {
                warnings.append(.warning(offset, GemmaMessages.propertyWithoutDefinitionRef()))
            }
        }
        return properties
    }

    private mutating func readPropertyDefinitions() throws(ReadFailure) {
        while let child = try nextChild() {
            guard tokenizer.localName(child, is: "propertyDefinition") else {
                try skipElement()
                continue
            }
            var definition = RawPropertyDefinition(
                identifier: tokenizer.attributeValue("identifier") ?? "", name: nil, offset: tokenizer.eventOffset)
            while let part = try nextChild() {
                if tokenizer.localName(part, is: "name") && definition.name == nil {
                    definition.name = try readText()
                } else {
                    try skipElement()
                }
            }
            model.propertyDefinitions.append(definition)
        }
    }

    /// The `xsi:type` of the last start tag. Any prefix bound to the schema-instance namespace is
    /// meant; every known exporter writes `xsi`, so a prefixed `type` attribute is taken as it.
    func xsiType() -> String? {
        if let type = tokenizer.attributeValue("xsi:type") { return type }
        let prefixed = tokenizer.attributes.first { attribute in
            tokenizer.localName(attribute.name, is: "type") && tokenizer.string(attribute.name).contains(":")
        }
        return prefixed.map { tokenizer.value(of: $0) }
    }
}

/// Why a file could not be read at all.
enum ReadFailure: Error {
    case xml(XMLError)
    case notArchiMate(offset: Int, root: String)
}
