/// One change between the last published snapshot and this one, as the changes page and the
/// Atom feeds show it. Only ids, names, statuses and dates of what both snapshots let the
/// audience see: never who uses what.
public struct Wijziging: Sendable, Equatable {
    /// What changed, in the order the changes page lists its groups.
    public enum Soort: String, Sendable, CaseIterable, Comparable {
        case nieuweApplicatie = "nieuwe-applicatie"
        case applicatieIngetrokken = "applicatie-ingetrokken"
        case applicatieStatus = "applicatie-status"
        case nieuweVersie = "nieuwe-versie"
        case eindeOndersteuning = "einde-ondersteuning"
        case versieStatus = "versie-status"
        case nieuweDienst = "nieuwe-dienst"
        /// A dienst that was there before, now also offered for `applicaties`.
        case dienstUitgebreid = "dienst-uitgebreid"

        public static func < (a: Soort, b: Soort) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var soort: Soort
    /// The id of what changed: an applicatie, an applicatieversie or a dienst.
    public var subject: String
    /// The applicaties the change is about (the per-applicatie and per-gemeente feeds pick by these).
    public var applicaties: [String]
    /// The name of what changed, as the snapshot that still had it called it.
    public var naam: String
    /// The applicatie's name, for versions and diensten ("Zaaksysteem 5.2").
    public var applicatieNaam: String
    /// Status (or successor name) before and after, where the change is one of status.
    public var oud: String?
    public var nieuw: String?
    /// YYYY-MM-DD: the date in the data when it falls between the two peildatums, else the new peildatum.
    public var datum: String

    public init(soort: Soort, subject: String, applicaties: [String], naam: String, applicatieNaam: String,
                oud: String? = nil, nieuw: String? = nil, datum: String) {
        self.soort = soort
        self.subject = subject
        self.applicaties = applicaties
        self.naam = naam
        self.applicatieNaam = applicatieNaam
        self.oud = oud
        self.nieuw = nieuw
        self.datum = datum
    }

    /// What makes this change itself, the same in every build that sees it: the Atom entry id is
    /// derived from it. Not the date, which may be the peildatum of whichever build saw it first.
    public var key: String {
        [soort.rawValue, subject, applicaties.joined(separator: ","), nieuw ?? ""].joined(separator: "/")
    }

    /// Newest first, then by kind, then by name and key, so every list has one order.
    public static func newerFirst(_ a: Wijziging, _ b: Wijziging) -> Bool {
        if a.datum != b.datum { return a.datum > b.datum }
        if a.soort != b.soort { return a.soort < b.soort }
        if a.applicatieNaam != b.applicatieNaam { return a.applicatieNaam < b.applicatieNaam }
        if a.naam != b.naam { return a.naam < b.naam }
        return a.key < b.key
    }
}
