/// The advice for one gemeente, by rule; each item carries the data that makes it true.
public struct Adviezen: Sendable, Equatable {
    /// Versions in the landscape whose support has ended or ends within `AdviesRegels.termijn`.
    public var versies: [VersieAdvies] = []
    /// Referentiecomponenten at least half of the buren fill and this gemeente does not.
    public var ontbrekend: [OntbrekendAdvies] = []
    /// Applicaties buren moved to from one this gemeente still uses.
    public var overstappen: [OverstapAdvies] = []
    /// Required standards an applicatie in use says it does not support.
    public var standaarden: [StandaardAdvies] = []

    public init() {}

    public var isEmpty: Bool { versies.isEmpty && ontbrekend.isEmpty && overstappen.isEmpty && standaarden.isEmpty }
    public var aantal: Int { versies.count + ontbrekend.count + overstappen.count + standaarden.count }
}

/// A line of the landscape on a version at or near the end of its support.
public struct VersieAdvies: Sendable, Equatable {
    /// The landscape line (gebruik id).
    public let gebruik: String
    public let applicatie: String
    /// The applicatieversie id.
    public let versie: String
    /// The date support ended or ends (`datumEindeOndersteuning`, else `datumTeruggetrokken`), when known.
    public let einde: String?
    /// True when that date is on or before the peildatum, or the version's status says so.
    public let verlopen: Bool
    /// The newest version of the applicatie that is "in gebruik", when that is another one.
    public let nieuwste: String?
}

/// A referentiecomponent the buren fill and this gemeente does not.
public struct OntbrekendAdvies: Sendable, Equatable {
    public let referentiecomponent: String
    /// The buren that fill it, in the order of the buren.
    public let buren: [String]
    /// Of how many buren.
    public let vanAantal: Int
    /// The applicaties they fill it with, most buren first, then by naam and id.
    public let applicaties: [Telling]
}

/// How many buren use an applicatie.
public struct Telling: Sendable, Equatable {
    public let applicatie: String
    public let aantal: Int
}

/// Buren phased out `van` on a referentiecomponent and have `naar` in production there, while
/// this gemeente still uses `van` on it and not `naar`.
public struct OverstapAdvies: Sendable, Equatable {
    public let referentiecomponent: String
    public let van: String
    public let naar: String
    /// The buren that moved, in the order of the buren.
    public let buren: [String]
    /// This gemeente's line of `van` on that referentiecomponent.
    public let gebruik: String
}

/// An applicatie in use, on a referentiecomponent for which GEMMA makes a standard Verplicht,
/// that declares none of the standard's versions supported and at least one not supported.
public struct StandaardAdvies: Sendable, Equatable {
    public let applicatie: String
    /// Standaard Object ID.
    public let standaard: String
    /// The referentiecomponenten of this gemeente's lines that require it, sorted by naam then id.
    public let referentiecomponenten: [String]
    /// The standaardversies declared not supported, in the standard's order.
    public let nietOndersteund: [String]
}
