/// One line of an organisation's application landscape.
public struct Gebruik: Sendable, Equatable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case verwerving = "Verwerving", gepland = "Gepland", inProductie = "In productie"
        case uitTeFaseren = "Uit te faseren", uitgefaseerd = "Uitgefaseerd"
    }

    public var id: String
    public var afnemer: String
    public var applicatie: String
    public var applicatieversie: String?
    public var status: Status
    public var startDatumVerwerving: String?
    public var startDatumGepland: String?
    public var startDatumInProductie: String?
    public var startDatumUitTeFaseren: String?
    public var startDatumUitgefaseerd: String?
    public var referentiecomponenten: [String] = []
    public var diensten: [String] = []
    public var deelnemers: [String] = []
    public var cloudDienstverleningsmodel: [Cloudmodel] = []
    public var verwerkingen: [Verwerking] = []
    /// Never published anywhere (contract); the audience stage removes it for both audiences.
    public var interneAantekening: String?

    public init(id: String, afnemer: String, applicatie: String, status: Status) {
        self.id = id
        self.afnemer = afnemer
        self.applicatie = applicatie
        self.status = status
    }

    /// Counts as use for "in gebruik bij N organisaties": everything but what was phased out.
    public var isInGebruik: Bool { status != .uitgefaseerd }
}

/// A processing of personal data, for the register van verwerkingen.
public struct Verwerking: Sendable, Equatable {
    public var naam: String
    public var doel: String?
    public var grondslag: String?
    public var categorieenPersoonsgegevens: [String] = []
    public var categorieenBetrokkenen: [String] = []
    public var bewaartermijn: String?

    public init(naam: String) {
        self.naam = naam
    }
}

/// An interface between two lines of one organisation's landscape, or to a landelijke voorziening.
public struct Koppeling: Sendable, Equatable, Identifiable {
    public enum Richting: String, Sendable, CaseIterable {
        case aNaarB = "AnaarB", bNaarA = "BnaarA", biDirectioneel = "bi-directioneel"
    }

    public enum Soort: String, Sendable, CaseIterable {
        case nvt = "n.v.t.", bestandsoverdracht, digikoppeling, messageQueue = "message queue"
        case uploadNaarPortaal = "upload naar portaal", webservices, api
    }

    public var id: String
    public var bron: String
    public var doel: String?
    public var buitengemeentelijkeVoorziening: String?
    public var naam: String?
    public var beschrijvingKort: String?
    public var richting: Richting?
    public var type: Soort?
    public var status: Levenscyclus?
    public var standaardversies: [String] = []
    public var intermediair: String?

    public init(id: String, bron: String) {
        self.id = id
        self.bron = bron
    }
}
