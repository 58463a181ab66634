/// A relationship whose type is known, with its ends looked up among the elements.
struct ResolvedRelationship {
    var index: Int
    var kind: RelationshipKind
    /// Element indices; nil when an end is a relationship (allowed in ArchiMate) or unknown.
    var source: Int?
    var target: Int?
}

extension GemmaModelBuilder {
    /// Reads every relationship's type, warning about long or unknown type names and about ends
    /// that point nowhere.
    mutating func resolveRelationships() -> [ResolvedRelationship?] {
        raw.relationships.indices.map { i in
            let relationship = raw.relationships[i]
            guard let (kind, isLongForm) = RelationshipKind.parse(relationship.type) else {
                warnings.append(.warning(relationship.offset, GemmaMessages.unknownRelationshipType(relationship.type)))
                return nil
            }
            if isLongForm {
                warnings.append(.warning(relationship.offset, GemmaMessages.longRelationshipType(
                    relationship.type, meant: kind.rawValue)))
            }
            var ends: [Int?] = []
            for end in [relationship.source, relationship.target] {
                let reference = end ?? ""
                if relationshipIndex[reference] == nil && elementIndex[reference] == nil {
                    warnings.append(.warning(relationship.offset, GemmaMessages.danglingRelationshipEnd(
                        relationship.identifier, reference: reference)))
                }
                ends.append(elementIndex[reference])
            }
            return ResolvedRelationship(index: i, kind: kind, source: ends[0], target: ends[1])
        }
    }
}

/// The relationships between GEMMA concepts the catalogue shows, by element index.
struct GemmaLinks {
    /// Referentiecomponent → standaard → Verbindingsrol.
    var standaarden: [Int: [Int: Verbindingsrol]] = [:]
    /// Referentiecomponent → applicatieservices it realizes.
    var applicatieservices: [Int: [Int]] = [:]
    /// Standaardversie → its standaard.
    var standaard: [Int: Int] = [:]
    /// Standaard → its versies.
    var versies: [Int: [Int]] = [:]

    init(builder: inout GemmaModelBuilder, relationships: [ResolvedRelationship?]) {
        var candidates: [Int: [Int]] = [:]
        for case let relationship? in relationships {
            guard let source = relationship.source, let target = relationship.target else { continue }
            switch (relationship.kind, builder.roles[source], builder.roles[target]) {
            case (.realization, .referentiecomponent, .standaard):
                addRol(builder: &builder, relationship: relationship.index, refcomp: source, standaard: target)
            case (.realization, .referentiecomponent, .applicatieservice):
                if !(applicatieservices[source]?.contains(target) ?? false) {
                    applicatieservices[source, default: []].append(target)
                }
            // GEMMA models a version as a specialization of its standaard.
            case (.specialization, .standaardversie, .standaard):
                candidates[source, default: []].append(target)
            case (.specialization, .standaard, .standaardversie):
                let relationshipOffset = builder.raw.relationships[relationship.index].offset
                builder.warnings.append(.warning(relationshipOffset, GemmaMessages.reversedSpecialization(
                    versie: builder.raw.elements[target].name.trimmed,
                    standaard: builder.raw.elements[source].name.trimmed)))
                candidates[target, default: []].append(source)
            case (.composition, .standaard, .standaardversie), (.aggregation, .standaard, .standaardversie):
                candidates[target, default: []].append(source)
            default:
                continue
            }
        }
        assignStandaarden(builder: &builder, candidates: candidates)
    }

    /// The Verbindingsrol comes from the Realization's property; where a referentiecomponent
    /// realizes a standaard twice, Verplicht outweighs Aanbevolen.
    private mutating func addRol(builder: inout GemmaModelBuilder, relationship index: Int, refcomp: Int, standaard: Int) {
        let relationship = builder.raw.relationships[index]
        let refcompNaam = builder.raw.elements[refcomp].name.trimmed
        let standaardNaam = builder.raw.elements[standaard].name.trimmed
        guard let value = builder.properties.value("Verbindingsrol", in: relationship.properties)?.trimmed else {
            builder.warnings.append(.warning(relationship.offset, GemmaMessages.missingVerbindingsrol(
                referentiecomponent: refcompNaam, standaard: standaardNaam)))
            return
        }
        guard let rol = Verbindingsrol.allCases.first(where: { $0.rawValue.lowercased() == value.lowercased() }) else {
            builder.warnings.append(.warning(relationship.offset, GemmaMessages.unknownVerbindingsrol(
                value, referentiecomponent: refcompNaam, standaard: standaardNaam)))
            return
        }
        let earlier = standaarden[refcomp]?[standaard]
        standaarden[refcomp, default: [:]][standaard] = earlier == .verplicht ? .verplicht : rol
    }

    /// Each standaardversie belongs to one standaard; with several, the first by naam wins and
    /// the editor is told.
    private mutating func assignStandaarden(builder: inout GemmaModelBuilder, candidates: [Int: [Int]]) {
        for (i, role) in builder.roles.enumerated() where role == .standaardversie {
            let versie = builder.raw.elements[i]
            var unique: [Int] = []
            for candidate in candidates[i] ?? [] where !unique.contains(candidate) { unique.append(candidate) }
            let sorted = builder.sortedByNaam(unique)
            guard let chosen = sorted.first else {
                builder.warnings.append(.warning(versie.offset, GemmaMessages.versieWithoutStandaard(versie.name.trimmed)))
                continue
            }
            if sorted.count > 1 {
                builder.warnings.append(.warning(versie.offset, GemmaMessages.versieWithSeveralStandaarden(
                    versie.name.trimmed, chosen: builder.raw.elements[chosen].name.trimmed,
                    others: sorted.dropFirst().map { builder.raw.elements[$0].name.trimmed })))
            }
            standaard[i] = chosen
            versies[chosen, default: []].append(i)
        }
    }
}
