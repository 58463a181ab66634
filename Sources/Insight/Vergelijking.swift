/// One criterion of a comparison: a fixed one (leverancier, licentie, …) or a standard that the
/// referentiecomponenten of a compared applicatie require or recommend. `leeg` is what a cell
/// says when the applicatie has nothing for it ("niet opgegeven", "niet van toepassing").
public struct Kenmerk: Sendable, Hashable {
    public let sleutel: String
    public let naam: String
    public let leeg: String

    public init(sleutel: String, naam: String, leeg: String) {
        self.sleutel = sleutel
        self.naam = naam
        self.leeg = leeg
    }
}

/// What a comparison knows of one applicatie: per criterion (`Kenmerk.sleutel`) its values as
/// texts in reading order. A missing or empty list means nothing is known, which is never the
/// same as a list with something in it.
public struct VergelijkProfiel: Sendable, Equatable {
    public let id: String
    public let naam: String
    public var waarden: [String: [String]]
    /// The standards of this applicatie's referentiecomponenten, as criteria of their own.
    public var standaarden: [Kenmerk]

    public init(id: String, naam: String, waarden: [String: [String]], standaarden: [Kenmerk] = []) {
        self.id = id
        self.naam = naam
        self.waarden = waarden
        self.standaarden = standaarden
    }

    public func waarden(_ kenmerk: Kenmerk) -> [String] { waarden[kenmerk.sleutel] ?? [] }
}

/// Criteria against applicaties, and per criterion whether the applicaties differ: the fixed
/// criteria first in the given order, then every standard of any compared applicatie (or only
/// those in `alleen`), by name regardless of capitals (`volgorde`).
/// The same rule runs in `vergelijken.js` for the comparison a visitor picks: a row differs when
/// one applicatie's list of texts is not exactly another's.
public struct Vergelijking: Sendable, Equatable {
    /// One criterion with each applicatie's values, in the order of `applicaties`.
    public struct Rij: Sendable, Equatable {
        public let kenmerk: Kenmerk
        public let waarden: [[String]]
        public let verschilt: Bool
    }

    public let applicaties: [VergelijkProfiel]
    public let rijen: [Rij]

    public init(_ applicaties: [VergelijkProfiel], vast: [Kenmerk], alleen: Set<String>? = nil) {
        self.applicaties = applicaties
        var seen = Set(vast.map(\.sleutel))
        var standaarden: [Kenmerk] = []
        for profiel in applicaties {
            for kenmerk in profiel.standaarden where alleen?.contains(kenmerk.sleutel) != false && seen.insert(kenmerk.sleutel).inserted {
                standaarden.append(kenmerk)
            }
        }
        standaarden.sort(by: Self.volgorde)
        rijen = (vast + standaarden).map { kenmerk in
            let waarden = applicaties.map { $0.waarden(kenmerk) }
            return Rij(kenmerk: kenmerk, waarden: waarden, verschilt: waarden.contains { $0 != waarden.first })
        }
    }

    /// How standards are ordered: by name without regard to capitals, then by name, then by key.
    public static func volgorde(_ a: Kenmerk, _ b: Kenmerk) -> Bool {
        (a.naam.lowercased(), a.naam, a.sleutel) < (b.naam.lowercased(), b.naam, b.sleutel)
    }

    /// The criteria on which the applicaties differ, in row order.
    public var verschillen: [Kenmerk] { rijen.filter(\.verschilt).map(\.kenmerk) }
}
