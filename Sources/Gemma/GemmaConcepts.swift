/// A GEMMA referentiecomponent: the kind of application a municipality needs, which
/// applicaties in the catalogue say they are suitable for.
public struct Referentiecomponent: Sendable, Equatable {
    /// The GEMMA `Object ID`, the key that survives releases and tools.
    public var objectID: String
    /// The identifier in this exchange file (`id-…`); changes between exports.
    public var identifier: String
    /// The element's name.
    public var naam: String
    /// The element's documentation.
    public var beschrijving: String
    /// The standaarden it realizes, with their Verbindingsrol; sorted by the standaard's naam.
    public var standaarden: [StandaardRol]
    /// Object IDs of the applicatieservices it realizes, sorted by the service's naam.
    public var applicatieservices: [String]

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(
        objectID: String, identifier: String, naam: String, beschrijving: String,
        standaarden: [StandaardRol] = [], applicatieservices: [String] = []
    ) {
        self.objectID = objectID
        self.identifier = identifier
        self.naam = naam
        self.beschrijving = beschrijving
        self.standaarden = standaarden
        self.applicatieservices = applicatieservices
    }
}

/// A standaard a referentiecomponent must or should support.
public struct StandaardRol: Sendable, Equatable {
    /// Object ID of the standaard.
    public var standaard: String
    /// Verplicht or Aanbevolen.
    public var rol: Verbindingsrol

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(standaard: String, rol: Verbindingsrol) {
        self.standaard = standaard
        self.rol = rol
    }
}

/// The property "Verbindingsrol" on a Realization from a referentiecomponent to a standaard.
public enum Verbindingsrol: String, Sendable, CaseIterable {
    case verplicht = "Verplicht"
    case aanbevolen = "Aanbevolen"
}

/// A standaard (e.g. "StUF"), with its versions.
public struct Standaard: Sendable, Equatable {
    /// The GEMMA `Object ID`, stable across releases.
    public var objectID: String
    /// The identifier in this exchange file (`id-…`).
    public var identifier: String
    /// The element's name.
    public var naam: String
    /// The element's documentation.
    public var beschrijving: String
    /// Object IDs of its standaardversies, sorted by the version's naam.
    public var versies: [String]

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(objectID: String, identifier: String, naam: String, beschrijving: String, versies: [String] = []) {
        self.objectID = objectID
        self.identifier = identifier
        self.naam = naam
        self.beschrijving = beschrijving
        self.versies = versies
    }
}

/// One version of a standaard; applicaties declare compliancy with these.
public struct Standaardversie: Sendable, Equatable {
    /// The GEMMA `Object ID`, stable across releases.
    public var objectID: String
    /// The identifier in this exchange file (`id-…`).
    public var identifier: String
    /// The element's name.
    public var naam: String
    /// The element's documentation.
    public var beschrijving: String
    /// Object ID of the standaard it is a version of.
    public var standaard: String?

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(objectID: String, identifier: String, naam: String, beschrijving: String, standaard: String?) {
        self.objectID = objectID
        self.identifier = identifier
        self.naam = naam
        self.beschrijving = beschrijving
        self.standaard = standaard
    }
}

/// A national facility outside the municipality (GEMMA type "Buitengemeentelijke voorziening").
public struct LandelijkeVoorziening: Sendable, Equatable {
    /// The GEMMA `Object ID`, stable across releases.
    public var objectID: String
    /// The identifier in this exchange file (`id-…`).
    public var identifier: String
    /// The element's name.
    public var naam: String
    /// The element's documentation.
    public var beschrijving: String

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(objectID: String, identifier: String, naam: String, beschrijving: String) {
        self.objectID = objectID
        self.identifier = identifier
        self.naam = naam
        self.beschrijving = beschrijving
    }
}

/// An applicatieservice (older texts: applicatiefunctie) that referentiecomponenten realize.
public struct Applicatieservice: Sendable, Equatable {
    /// The GEMMA `Object ID`, stable across releases.
    public var objectID: String
    /// The identifier in this exchange file (`id-…`).
    public var identifier: String
    /// The element's name.
    public var naam: String
    /// The element's documentation.
    public var beschrijving: String

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(objectID: String, identifier: String, naam: String, beschrijving: String) {
        self.objectID = objectID
        self.identifier = identifier
        self.naam = naam
        self.beschrijving = beschrijving
    }
}
