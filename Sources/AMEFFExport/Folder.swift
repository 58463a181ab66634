/// Archi's top-level folders, in the order Archi shows them; the `organizations` section puts
/// every concept in one, so that an imported model looks like one made in Archi.
enum Folder: Int, CaseIterable {
    case strategy, business, application, technology, motivation, implementation, other, relations, views

    var label: StaticString {
        switch self {
        case .strategy: "Strategy"
        case .business: "Business"
        case .application: "Application"
        case .technology: "Technology & Physical"
        case .motivation: "Motivation"
        case .implementation: "Implementation & Migration"
        case .other: "Other"
        case .relations: "Relations"
        case .views: "Views"
        }
    }

    /// The folder Archi files an element of this ArchiMate type in.
    static func of(elementType type: String) -> Folder {
        if type.hasPrefix("Business") || ["Contract", "Representation", "Product"].contains(type) { return .business }
        if type.hasPrefix("Application") || type == "DataObject" { return .application }
        if type.hasPrefix("Technology") || ["Node", "Device", "SystemSoftware", "Artifact", "CommunicationNetwork", "Path",
                                            "Equipment", "Facility", "DistributionNetwork", "Material"].contains(type) {
            return .technology
        }
        if ["Stakeholder", "Driver", "Assessment", "Goal", "Outcome", "Principle", "Requirement", "Constraint", "Meaning",
            "Value"].contains(type) {
            return .motivation
        }
        if ["Resource", "Capability", "ValueStream", "CourseOfAction"].contains(type) { return .strategy }
        if ["WorkPackage", "Deliverable", "ImplementationEvent", "Plateau", "Gap"].contains(type) { return .implementation }
        return .other
    }
}
