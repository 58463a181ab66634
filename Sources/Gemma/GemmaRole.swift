/// What an element is to the catalogue, decided by its ArchiMate type and its property
/// "GEMMA type" (the GEMMA's own classification; see the research notes, section 4).
enum GemmaRole: Equatable {
    case referentiecomponent
    case landelijkeVoorziening
    case standaard
    case standaardversie
    case applicatieservice

    /// The ArchiMate type an element of this role must have.
    var archiMateType: String {
        switch self {
        case .referentiecomponent, .landelijkeVoorziening: "ApplicationComponent"
        case .standaard, .standaardversie: "Constraint"
        case .applicatieservice: "ApplicationService"
        }
    }

    /// The role a `GEMMA type` value names, if it is one the catalogue uses.
    init?(gemmaType: String) {
        switch gemmaType {
        case "Referentiecomponent": self = .referentiecomponent
        case "Buitengemeentelijke voorziening": self = .landelijkeVoorziening
        case "Standaard": self = .standaard
        case "Standaardversie": self = .standaardversie
        default: return nil
        }
    }
}

extension GemmaModelBuilder {
    /// ApplicationServices count as applicatieservices when they carry no GEMMA type: GEMMA marks
    /// national services "Buitengemeentelijke service" and layer placeholders "Applicatielaag".
    mutating func role(ofElement i: Int) -> GemmaRole? {
        let concept = raw.elements[i]
        let gemmaType = properties.value("GEMMA type", in: concept.properties)?.trimmed
        guard let gemmaType, let role = GemmaRole(gemmaType: gemmaType) else {
            let isService = concept.type == "ApplicationService" && (gemmaType ?? "").isEmpty
            return isService ? .applicatieservice : nil
        }
        guard concept.type == role.archiMateType else {
            warnings.append(.warning(concept.offset, GemmaMessages.wrongArchiMateType(
                naam: concept.name.trimmed, gemmaType: gemmaType, found: concept.type, expected: role.archiMateType)))
            return nil
        }
        return role
    }
}
