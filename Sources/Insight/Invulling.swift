import CatalogusModel

/// One thing a landscape line says: this applicatie fills this referentiecomponent.
public struct Invulling: Hashable, Sendable {
    public let referentiecomponent: String
    public let applicatie: String

    public init(referentiecomponent: String, applicatie: String) {
        self.referentiecomponent = referentiecomponent
        self.applicatie = applicatie
    }
}

/// A gemeente's line in use as numbers, so that pages read no `Gebruik` and hash no strings.
public struct LandschapRegel: Sendable {
    /// Its position in `catalogus.gebruik`.
    public let positie: Int
    /// Its applicatie's `Landschappen.applicatieRang`.
    public let applicatie: Int
    public let status: Gebruik.Status
    /// The codes of the pairs it fills, in the order of its referentiecomponenten: a range of
    /// `Landschappen.regelCodes`.
    public let codes: Range<Int>

    /// Not Uit te faseren (the advice rules' "used").
    public var isActief: Bool { status != .uitTeFaseren && status != .uitgefaseerd }
}
