/// A service a supplier offers around applicaties: beheer, hosting, training.
public struct Dienst: Sendable, Equatable, Identifiable {
    public enum Soort: String, Sendable, CaseIterable {
        case functioneelBeheer = "Functioneel beheer", applicatiebeheer = "Applicatiebeheer", technischBeheer = "Technisch beheer"
        case hosting = "Hosting", implementatieondersteuning = "Implementatieondersteuning", opleidingen = "Opleidingen"
        case licentiereseller = "Licentiereseller"
    }

    public var id: String
    public var naam: String
    public var aanbieder: String
    public var type: Soort
    public var beschrijvingKort: String?
    public var beschrijvingLang: String?
    public var website: String?
    public var applicaties: [String] = []
    public var contactpersoon: String?

    public init(id: String, naam: String, aanbieder: String, type: Soort) {
        self.id = id
        self.naam = naam
        self.aanbieder = aanbieder
        self.type = type
    }
}

/// A rating of an applicatie or dienst by an organisation.
public struct Beoordeling: Sendable, Equatable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case goedgekeurd = "Goedgekeurd", inBehandeling = "In behandeling", afgewezen = "Afgewezen"
    }

    public var id: String
    public var afnemer: String
    public var applicatie: String?
    public var dienst: String?
    public var waardering: Int
    public var toelichting: String?
    public var datum: String?
    public var status: Status?

    public init(id: String, afnemer: String, waardering: Int) {
        self.id = id
        self.afnemer = afnemer
        self.waardering = waardering
    }
}

/// A contract behind a line of a landscape; only the gemeenten site shows it.
public struct Contract: Sendable, Equatable, Identifiable {
    public enum Soort: String, Sendable, CaseIterable { case sla = "SLA", licentie = "Licentie", onderhoud = "Onderhoud" }
    public enum Periode: String, Sendable, CaseIterable { case maandelijks = "Maandelijks", jaarlijks = "Jaarlijks", eenmalig = "Eenmalig" }
    public enum Status: String, Sendable, CaseIterable { case actief = "Actief", verlopen = "Verlopen", inOnderhandeling = "In onderhandeling" }

    public var id: String
    public var gebruik: String
    public var dienst: String?
    public var contractType: Soort?
    public var startDatum: String?
    public var eindDatum: String?
    public var verlengingsopties: String?
    public var kosten: Double?
    public var kostenPeriode: Periode?
    public var status: Status?

    public init(id: String, gebruik: String) {
        self.id = id
        self.gebruik = gebruik
    }
}
