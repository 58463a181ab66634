import Gemma

/// `catalogus.json`: what the snapshot is.
public struct CatalogusInfo: Sendable, Equatable {
    public var naam: String
    /// The snapshot date (YYYY-MM-DD), shown on pages and written into exports; never the build clock.
    public var peildatum: String?
    public var gemmaOnlineUrl: String

    public static let defaultGemmaOnlineUrl = "https://www.gemmaonline.nl/wiki/GEMMA/id-"

    public init(naam: String, peildatum: String?, gemmaOnlineUrl: String = CatalogusInfo.defaultGemmaOnlineUrl) {
        self.naam = naam
        self.peildatum = peildatum
        self.gemmaOnlineUrl = gemmaOnlineUrl
    }
}

/// The whole catalogue as loaded and validated, before the audience stage. Every list is sorted by id.
public struct Catalogus: Sendable, Equatable {
    public var info: CatalogusInfo
    public var organisaties: [Organisatie] = []
    public var contactpersonen: [Contactpersoon] = []
    public var applicaties: [Applicatie] = []
    public var applicatieversies: [Applicatieversie] = []
    public var compliancy: [Compliancy] = []
    public var diensten: [Dienst] = []
    public var gebruik: [Gebruik] = []
    public var koppelingen: [Koppeling] = []
    public var beoordelingen: [Beoordeling] = []
    public var contracten: [Contract] = []
    public var gemma: GemmaModel

    public init(info: CatalogusInfo, gemma: GemmaModel) {
        self.info = info
        self.gemma = gemma
    }

    /// An empty catalogue, for sites built without data.
    public static let empty = Catalogus(info: CatalogusInfo(naam: "", peildatum: nil), gemma: .empty)
}
