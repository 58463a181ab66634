import CatalogusModel

/// The catalogue's own objects as elements, with the properties of GEMMA's export model
/// (`Object ID`, `SWC type`, `URL`, status and dates).
extension AMEFFExport.Index {
    static func applicatieIdentifier(_ id: String) -> String { Identifier.ours("app", id) }
    static func versieIdentifier(_ id: String) -> String { Identifier.ours("ver", id) }
    static func organisatieIdentifier(_ id: String) -> String { Identifier.ours("org", id) }

    static func element(applicatie: Applicatie, _ pageURL: AMEFFExport.PageURL) -> ExchangeElement {
        var properties: [Property] = []
        properties.add(.objectID, applicatie.id)
        properties.add(.swcType, (applicatie.type ?? .applicatie).rawValue)
        properties.add(.url, pageURL(.applicatie, applicatie.id))
        properties.add(.status, applicatie.status.rawValue)
        properties.add(.website, applicatie.website)
        return ExchangeElement(
            identifier: applicatieIdentifier(applicatie.id), type: "ApplicationComponent", name: applicatie.naam,
            documentation: applicatie.beschrijvingKort, properties: properties)
    }

    /// `applicatie`: the name of the applicatie it is a versie of.
    static func element(versie: Applicatieversie, applicatie: String?, _ pageURL: AMEFFExport.PageURL) -> ExchangeElement {
        var properties: [Property] = []
        properties.add(.objectID, versie.id)
        properties.add(.swcType, "Applicatieversie")
        properties.add(.url, pageURL(.applicatieversie, versie.id))
        properties.add(.versieAanduiding, versie.versie)
        properties.add(.status, versie.status?.rawValue)
        properties.add(.datumInOntwikkeling, versie.datumInOntwikkeling)
        properties.add(.datumInGebruik, versie.datumInGebruik)
        properties.add(.datumEindeOndersteuning, versie.datumEindeOndersteuning)
        properties.add(.datumTeruggetrokken, versie.datumTeruggetrokken)
        // GEMMA: "Naam van het pakket met versieaanduiding".
        let naam = applicatie.map { "\($0) \(versie.versie)" } ?? versie.versie
        return ExchangeElement(
            identifier: versieIdentifier(versie.id), type: "ApplicationComponent", name: naam,
            documentation: versie.beschrijvingKort, properties: properties)
    }

    static func element(organisatie: Organisatie, _ pageURL: AMEFFExport.PageURL) -> ExchangeElement {
        var properties: [Property] = []
        properties.add(.objectID, organisatie.id)
        properties.add(.swcType, organisatie.type.rawValue)
        if organisatie.type == .leverancier { properties.add(.gemmaType, "Leverancier") }
        properties.add(.url, pageURL(.organisatie, organisatie.id))
        properties.add(.website, organisatie.website)
        properties.add(.cbsCode, organisatie.cbsCode)
        // GEMMA: a samenwerkingsverband is a collaboration of the gemeenten taking part.
        let type = organisatie.type == .samenwerking ? "BusinessCollaboration" : "BusinessActor"
        return ExchangeElement(
            identifier: organisatieIdentifier(organisatie.id), type: type, name: organisatie.naam,
            documentation: organisatie.beschrijvingKort, properties: properties)
    }
}
