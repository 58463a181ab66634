/// Phase 3 of reading: from the raw exchange file to the GEMMA concepts the catalogue uses.
/// Problems in the model (a missing Verbindingsrol, an odd relationship type) become warnings
/// with the line of the element concerned; they never stop the build.
struct GemmaModelBuilder {
    let raw: RawModel
    let properties: PropertyNames
    var warnings: [PendingDiagnostic]
    /// Element identifier → index in `raw.elements`.
    let elementIndex: [String: Int]
    let relationshipIndex: [String: Int]
    /// The GEMMA role of each element, by index in `raw.elements`.
    var roles: [GemmaRole?] = []
    private var objectIDWarned = Set<Int>()

    init(_ raw: RawModel, warnings: [PendingDiagnostic]) {
        var warnings = warnings
        self.raw = raw
        self.properties = PropertyNames(raw, warnings: &warnings)
        self.elementIndex = Self.index(raw.elements, warnings: &warnings)
        self.relationshipIndex = Self.index(raw.relationships, warnings: &warnings)
        self.warnings = warnings
    }

    /// Builds the model; read `warnings` afterwards.
    mutating func build() -> GemmaModel {
        roles = []
        for i in raw.elements.indices { roles.append(role(ofElement: i)) }
        let relationships = resolveRelationships()
        let links = GemmaLinks(builder: &self, relationships: relationships)
        if !roles.contains(.referentiecomponent) {
            warnings.append(.warning(raw.elements.first?.offset ?? 0, GemmaMessages.noReferentiecomponenten()))
        }
        return GemmaModel(
            naam: raw.name.trimmed,
            release: properties.value("Release", in: raw.properties),
            referentiecomponenten: sortedByNaam(elements(.referentiecomponent)).map { i in
                referentiecomponent(i, links: links)
            },
            standaarden: sortedByNaam(elements(.standaard)).map { i in
                let concept = raw.elements[i]
                return Standaard(
                    objectID: objectID(ofElement: i), identifier: concept.identifier, naam: concept.name.trimmed,
                    beschrijving: concept.documentation,
                    versies: sortedByNaam(links.versies[i] ?? []).map { objectID(ofElement: $0) })
            },
            standaardversies: sortedByNaam(elements(.standaardversie)).map { i in
                let concept = raw.elements[i]
                return Standaardversie(
                    objectID: objectID(ofElement: i), identifier: concept.identifier, naam: concept.name.trimmed,
                    beschrijving: concept.documentation, standaard: links.standaard[i].map { objectID(ofElement: $0) })
            },
            landelijkeVoorzieningen: sortedByNaam(elements(.landelijkeVoorziening)).map { i in
                let concept = raw.elements[i]
                return LandelijkeVoorziening(
                    objectID: objectID(ofElement: i), identifier: concept.identifier, naam: concept.name.trimmed,
                    beschrijving: concept.documentation)
            },
            applicatieservices: sortedByNaam(elements(.applicatieservice)).map { i in
                let concept = raw.elements[i]
                return Applicatieservice(
                    objectID: objectID(ofElement: i), identifier: concept.identifier, naam: concept.name.trimmed,
                    beschrijving: concept.documentation)
            },
            views: publishedViews(relationships: relationships))
    }

    private mutating func referentiecomponent(_ i: Int, links: GemmaLinks) -> Referentiecomponent {
        let concept = raw.elements[i]
        let rollen = links.standaarden[i] ?? [:]
        return Referentiecomponent(
            objectID: objectID(ofElement: i), identifier: concept.identifier, naam: concept.name.trimmed,
            beschrijving: concept.documentation,
            standaarden: sortedByNaam(Array(rollen.keys)).map { StandaardRol(standaard: objectID(ofElement: $0), rol: rollen[$0]!) },
            applicatieservices: sortedByNaam(links.applicatieservices[i] ?? []).map { objectID(ofElement: $0) })
    }

    private func elements(_ role: GemmaRole) -> [Int] {
        roles.indices.filter { roles[$0] == role }
    }

    /// The element's `Object ID`; without one, its identifier minus "id-", which is what Archi
    /// derives identifiers from for objects created in GEMMA's own tooling.
    mutating func objectID(ofElement i: Int) -> String {
        let concept = raw.elements[i]
        if let objectID = properties.value("Object ID", in: concept.properties)?.trimmed, !objectID.isEmpty {
            return objectID
        }
        let fallback = concept.identifier.hasPrefix("id-") ? String(concept.identifier.dropFirst(3)) : concept.identifier
        if objectIDWarned.insert(i).inserted {
            warnings.append(.warning(concept.offset, GemmaMessages.missingObjectID(
                naam: concept.name.trimmed, identifier: concept.identifier, fallback: fallback)))
        }
        return fallback
    }

    /// Element indices sorted by naam (case-insensitively, then exactly), then Object ID.
    mutating func sortedByNaam(_ indices: [Int]) -> [Int] {
        let keys = indices.map { i in
            (index: i, folded: raw.elements[i].name.trimmed.lowercased(), naam: raw.elements[i].name.trimmed,
             objectID: objectID(ofElement: i))
        }
        return keys.sorted { ($0.folded, $0.naam, $0.objectID) < ($1.folded, $1.naam, $1.objectID) }.map(\.index)
    }

    private static func index(_ concepts: [RawConcept], warnings: inout [PendingDiagnostic]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(concepts.count)
        for (i, concept) in concepts.enumerated() {
            guard !concept.identifier.isEmpty else {
                warnings.append(.warning(concept.offset, GemmaMessages.missingIdentifier()))
                continue
            }
            if index[concept.identifier] != nil {
                warnings.append(.warning(concept.offset, GemmaMessages.duplicateIdentifier(concept.identifier)))
            } else {
                index[concept.identifier] = i
            }
        }
        return index
    }
}

extension String {
    /// Without surrounding whitespace, which names in GEMMA sometimes carry.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
