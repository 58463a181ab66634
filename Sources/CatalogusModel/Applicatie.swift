/// A software product ("module" in the VNG register) offered by an aanbieder.
public struct Applicatie: Sendable, Equatable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case gepubliceerd = "Gepubliceerd", concept = "Concept", gedepubliceerd = "Gedepubliceerd"
    }

    public enum Soort: String, Sendable, CaseIterable {
        case applicatie = "Applicatie", systeemsoftware = "Systeemsoftware"
    }

    public var id: String
    public var naam: String
    public var beschrijvingKort: String
    public var beschrijvingLang: String?
    public var aanbieder: String
    public var status: Status = .gepubliceerd
    public var geregistreerdDoor: String?
    public var type: Soort?
    public var website: String?
    public var logo: String?
    public var contactpersoon: String?
    public var cloudDienstverleningsmodel: [Cloudmodel] = []
    public var hostingLocatie: Regio?
    public var hostingJurisdictie: Regio?
    public var licentietype: Licentietype?
    public var licentie: String?
    public var referentiecomponenten: [String] = []
    public var onderdeelVan: [String] = []
    public var documenten: [Document] = []
    public var opgegaanIn: String?

    public init(id: String, naam: String, beschrijvingKort: String, aanbieder: String) {
        self.id = id
        self.naam = naam
        self.beschrijvingKort = beschrijvingKort
        self.aanbieder = aanbieder
    }
}

public enum Cloudmodel: String, Sendable, CaseIterable {
    case onPremises = "On-premises", iaas = "IaaS", paas = "PaaS", saas = "SaaS"
}

public enum Regio: String, Sendable, CaseIterable {
    case nl = "NL", eu = "EU", us = "US", elders = "Elders"
}

public enum Licentietype: String, Sendable, CaseIterable {
    case closedSource = "Closed source", openSource = "Open source"
}

/// A document about an applicatie: a manual, a certificate, a test report.
public struct Document: Sendable, Equatable {
    public var titel: String
    public var url: String
    public var soort: String?

    public init(titel: String, url: String, soort: String?) {
        self.titel = titel
        self.url = url
        self.soort = soort
    }
}

/// The lifecycle of versions and koppelingen.
public enum Levenscyclus: String, Sendable, CaseIterable {
    case inOntwikkeling = "in ontwikkeling", inGebruik = "in gebruik", eindeOndersteuning = "einde ondersteuning", teruggetrokken = "teruggetrokken"
}

/// A version of an applicatie with its lifecycle.
public struct Applicatieversie: Sendable, Equatable, Identifiable {
    public var id: String
    public var applicatie: String
    public var versie: String
    public var beschrijvingKort: String?
    public var status: Levenscyclus?
    public var datumInOntwikkeling: String?
    public var datumInGebruik: String?
    public var datumEindeOndersteuning: String?
    public var datumTeruggetrokken: String?

    public init(id: String, applicatie: String, versie: String) {
        self.id = id
        self.applicatie = applicatie
        self.versie = versie
    }
}

/// Whether an applicatie supports a GEMMA standaardversie.
public struct Compliancy: Sendable, Equatable, Identifiable {
    public var id: String
    public var applicatie: String
    public var standaardversie: String
    public var ondersteund: Bool
    public var toelichting: String?
    public var url: String?

    public init(id: String, applicatie: String, standaardversie: String, ondersteund: Bool) {
        self.id = id
        self.applicatie = applicatie
        self.standaardversie = standaardversie
        self.ondersteund = ondersteund
    }
}
