/// What the site needs from the GEMMA model (`content/catalogus/gemma.xml`): the concepts the
/// catalogue refers to by `Object ID`, and the views published to the Softwarecatalogus.
/// Every list is sorted by naam, then objectID, so that pages built from it are the same on every run.
public struct GemmaModel: Sendable, Equatable {
    /// The model's name, "GEMMA".
    public var naam: String
    /// The model property "Release", the GEMMA version written into exports (e.g. "2026-06-30").
    public var release: String?
    /// ApplicationComponents with `GEMMA type` = Referentiecomponent.
    public var referentiecomponenten: [Referentiecomponent]
    /// Constraints with `GEMMA type` = Standaard.
    public var standaarden: [Standaard]
    /// Constraints with `GEMMA type` = Standaardversie.
    public var standaardversies: [Standaardversie]
    /// ApplicationComponents with `GEMMA type` = Buitengemeentelijke voorziening (DigiD, BRP, …).
    public var landelijkeVoorzieningen: [LandelijkeVoorziening]
    /// ApplicationServices without a `GEMMA type` (national ones are "Buitengemeentelijke service").
    public var applicatieservices: [Applicatieservice]
    /// Views whose property "Publiceren" mentions "Softwarecatalogus".
    public var views: [GemmaView]

    /// Memberwise, for tests and for code that builds a model without a file.
    public init(
        naam: String, release: String?, referentiecomponenten: [Referentiecomponent], standaarden: [Standaard],
        standaardversies: [Standaardversie], landelijkeVoorzieningen: [LandelijkeVoorziening],
        applicatieservices: [Applicatieservice], views: [GemmaView]
    ) {
        self.naam = naam
        self.release = release
        self.referentiecomponenten = referentiecomponenten
        self.standaarden = standaarden
        self.standaardversies = standaardversies
        self.landelijkeVoorzieningen = landelijkeVoorzieningen
        self.applicatieservices = applicatieservices
        self.views = views
    }

    /// No GEMMA model: a catalogue without `gemma.xml`.
    public static let empty = GemmaModel(
        naam: "", release: nil, referentiecomponenten: [], standaarden: [], standaardversies: [],
        landelijkeVoorzieningen: [], applicatieservices: [], views: [])
}
