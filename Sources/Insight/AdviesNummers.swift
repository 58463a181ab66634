import CatalogusModel

/// The advice for one gemeente as the numbers of `Landschappen` (pair codes, referentiecomponent
/// numbers, positions of buren and of lines), so that pages turn them into links and names from
/// arrays; `Adviezen` says the same with ids (`AdviesRegels.advies(_:buren:)`).
public struct AdviesNummers: Sendable {
    /// Rule 1, with ids: a handful per gemeente.
    public var versies: [VersieAdvies] = []
    public var ontbrekend: [Ontbrekend] = []
    public var overstappen: [Overstap] = []
    public var standaarden: [Standaard] = []

    public init() {}

    public var isEmpty: Bool { versies.isEmpty && ontbrekend.isEmpty && overstappen.isEmpty && standaarden.isEmpty }
    public var aantal: Int { versies.count + ontbrekend.count + overstappen.count + standaarden.count }

    /// See `OntbrekendAdvies`.
    public struct Ontbrekend: Sendable {
        /// The referentiecomponent's number (`Landschappen.componentIDs`).
        public let component: Int
        /// The positions of the buren that fill it, ascending.
        public let buren: [Int]
        public let vanAantal: Int
        /// The pair codes they fill it with and how many buren have each, most buren first.
        public let applicaties: [(code: Int, aantal: Int)]
    }

    /// See `OverstapAdvies`; `van` and `naar` are pair codes on the same referentiecomponent.
    public struct Overstap: Sendable {
        public let van: Int, naar: Int
        /// The positions of the buren that moved, ascending.
        public let buren: [Int]
        /// The position in `catalogus.gebruik` of this gemeente's line of `van` there.
        public let regel: Int
    }

    /// See `StandaardAdvies`.
    public struct Standaard: Sendable {
        /// The applicatie's `Landschappen.applicatieRang`, and a pair code of it.
        public let applicatie: Int, code: Int
        /// Standaard Object ID.
        public let standaard: String
        /// The numbers of the referentiecomponenten, in the order of their names.
        public let componenten: [Int]
        public let nietOndersteund: [String]
    }
}

extension AdviesNummers {
    /// The same advice with ids, for `buren` (the buren the positions are of).
    func adviezen(_ buren: [Buur], _ landschappen: Landschappen) -> Adviezen {
        var result = Adviezen()
        result.versies = versies
        result.ontbrekend = ontbrekend.map { a in
            OntbrekendAdvies(referentiecomponent: landschappen.componentIDs[a.component], buren: a.buren.map { buren[$0].gemeente }, vanAantal: a.vanAantal,
                             applicaties: a.applicaties.map { Telling(applicatie: landschappen.invulling($0.code).applicatie, aantal: $0.aantal) })
        }
        result.overstappen = overstappen.map { a in
            OverstapAdvies(referentiecomponent: landschappen.invulling(a.van).referentiecomponent, van: landschappen.invulling(a.van).applicatie,
                           naar: landschappen.invulling(a.naar).applicatie, buren: a.buren.map { buren[$0].gemeente },
                           gebruik: landschappen.catalogus.gebruik[a.regel].id)
        }
        result.standaarden = standaarden.map { a in
            StandaardAdvies(applicatie: landschappen.invulling(a.code).applicatie, standaard: a.standaard,
                            referentiecomponenten: a.componenten.map { landschappen.componentIDs[$0] }, nietOndersteund: a.nietOndersteund)
        }
        return result
    }
}
