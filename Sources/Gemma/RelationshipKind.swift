/// The eleven ArchiMate relationship types, by the short names AMEFF uses in `xsi:type`.
enum RelationshipKind: String, CaseIterable {
    case composition = "Composition"
    case aggregation = "Aggregation"
    case assignment = "Assignment"
    case realization = "Realization"
    case serving = "Serving"
    case access = "Access"
    case influence = "Influence"
    case triggering = "Triggering"
    case flow = "Flow"
    case specialization = "Specialization"
    case association = "Association"

    /// Reads a relationship's `xsi:type`. The long form (`RealizationRelationship`, used in the
    /// Softwarecatalogus documentation's examples) is invalid AMEFF but unambiguous, so it is
    /// accepted and flagged through `isLongForm`.
    static func parse(_ type: String) -> (kind: RelationshipKind, isLongForm: Bool)? {
        if let kind = RelationshipKind(rawValue: type) { return (kind, false) }
        let suffix = "Relationship"
        guard type.hasSuffix(suffix), let kind = RelationshipKind(rawValue: String(type.dropLast(suffix.count))) else {
            return nil
        }
        return (kind, true)
    }
}
