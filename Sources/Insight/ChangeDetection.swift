import CatalogusModel

/// Issue 6, Wijzigingen: what changed from the last published snapshot to this one, both as the
/// same audience sees them (so a change can never reveal what that audience may not see).
public enum ChangeDetection {
    /// Every change, newest first (`Wijziging.newerFirst`).
    /// - new and withdrawn applicaties (gone, hidden, or gone up in another), status changes;
    /// - of applicaties in both: new versions, versions reaching end of support (by status, or by
    ///   their `datumEindeOndersteuning` passing between the two peildatums), other lifecycle changes;
    /// - new diensten, and diensten offered for more applicaties than before.
    public static func changes(from old: VisibleCatalogus, to new: VisibleCatalogus) -> [Wijziging] {
        let dates = Peildatums(old: old.info.peildatum, new: new.info.peildatum)
        let before = Dictionary(old.applicaties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.applicaties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [Wijziging] = []
        var inBoth: Set<String> = []
        for a in new.applicaties where a.opgegaanIn == nil {
            guard let was = before[a.id], was.opgegaanIn == nil else {
                changes.append(Wijziging(soort: .nieuweApplicatie, subject: a.id, applicaties: [a.id], naam: a.naam, applicatieNaam: a.naam, datum: dates.new))
                continue
            }
            inBoth.insert(a.id)
            if was.status != a.status {
                changes.append(Wijziging(soort: .applicatieStatus, subject: a.id, applicaties: [a.id], naam: a.naam, applicatieNaam: a.naam,
                                         oud: was.status.rawValue, nieuw: a.status.rawValue, datum: dates.new))
            }
        }
        for a in old.applicaties where a.opgegaanIn == nil && !inBoth.contains(a.id) {
            let successor = after[a.id]?.opgegaanIn ?? (after[a.id] == nil ? new.applicatieOpvolgers[a.id] : nil)
            changes.append(Wijziging(soort: .applicatieIngetrokken, subject: a.id, applicaties: [a.id], naam: a.naam, applicatieNaam: a.naam,
                                     oud: a.status.rawValue, nieuw: successor.flatMap { after[$0]?.naam }, datum: dates.new))
        }
        changes += versionChanges(old, new, inBoth: inBoth, names: after, dates: dates)
        changes += dienstChanges(old, new, live: Set(after.values.filter { $0.opgegaanIn == nil }.map(\.id)), names: after, dates: dates)
        return changes.sorted(by: Wijziging.newerFirst)
    }

    private static func versionChanges(_ old: VisibleCatalogus, _ new: VisibleCatalogus, inBoth: Set<String>,
                                       names: [String: Applicatie], dates: Peildatums) -> [Wijziging] {
        let before = Dictionary(old.applicatieversies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [Wijziging] = []
        for v in new.applicatieversies where inBoth.contains(v.applicatie) {
            let applicatieNaam = names[v.applicatie]?.naam ?? v.applicatie
            func change(_ soort: Wijziging.Soort, oud: String? = nil, nieuw: String? = nil, date: String?) -> Wijziging {
                Wijziging(soort: soort, subject: v.id, applicaties: [v.applicatie], naam: v.versie, applicatieNaam: applicatieNaam,
                          oud: oud, nieuw: nieuw, datum: dates.dated(date))
            }
            guard let was = before[v.id], was.applicatie == v.applicatie else {
                changes.append(change(.nieuweVersie, nieuw: v.status?.rawValue, date: v.datumInGebruik ?? v.datumInOntwikkeling))
                continue
            }
            let ended: Set<Levenscyclus?> = [.eindeOndersteuning, .teruggetrokken]
            if was.status != v.status, let status = v.status {
                let soort: Wijziging.Soort = status == .eindeOndersteuning ? .eindeOndersteuning : .versieStatus
                changes.append(change(soort, oud: was.status?.rawValue, nieuw: status.rawValue, date: date(of: status, v)))
            } else if !ended.contains(v.status), let end = v.datumEindeOndersteuning, dates.isBetween(end) {
                // The data keeps the status but the end date passed: the version is out of support all the same.
                changes.append(change(.eindeOndersteuning, oud: v.status?.rawValue, nieuw: Levenscyclus.eindeOndersteuning.rawValue, date: end))
            }
        }
        return changes
    }

    private static func dienstChanges(_ old: VisibleCatalogus, _ new: VisibleCatalogus, live: Set<String>,
                                      names: [String: Applicatie], dates: Peildatums) -> [Wijziging] {
        let before = Dictionary(old.diensten.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var changes: [Wijziging] = []
        for d in new.diensten {
            let offered = d.applicaties.filter(live.contains)
            let added = before[d.id].map { was in offered.filter { !was.applicaties.contains($0) } } ?? offered
            guard before[d.id] == nil || !added.isEmpty else { continue }
            let applicatieNaam = added.compactMap { names[$0]?.naam }.sorted().joined(separator: ", ")
            changes.append(Wijziging(soort: before[d.id] == nil ? .nieuweDienst : .dienstUitgebreid, subject: d.id, applicaties: added,
                                     naam: d.naam, applicatieNaam: applicatieNaam, datum: dates.new))
        }
        return changes
    }

    private static func date(of status: Levenscyclus, _ v: Applicatieversie) -> String? {
        switch status {
        case .inOntwikkeling: v.datumInOntwikkeling
        case .inGebruik: v.datumInGebruik
        case .eindeOndersteuning: v.datumEindeOndersteuning
        case .teruggetrokken: v.datumTeruggetrokken
        }
    }

    /// Afnemer id → the applicaties in its landscape (every line, phased out or not): the
    /// per-gemeente feeds. Empty on the public site, whose catalogue has no landscapes.
    public static func landscapes(_ c: VisibleCatalogus) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for index in c.gebruik.indices { result[c.gebruik[index].afnemer, default: []].insert(c.gebruik[index].applicatie) }
        return result
    }
}

/// The two snapshot dates a change is dated between; builds never read the clock.
struct Peildatums {
    let old: String?
    let new: String

    init(old: String?, new: String?) {
        self.old = old
        // A catalogue without peildatum: the other one's, else a fixed day, never today.
        self.new = new ?? old ?? Peildatums.fallback
    }

    static let fallback = "1970-01-01"

    func isBetween(_ date: String) -> Bool {
        guard let old else { return false }
        return date > old && date <= new
    }

    /// A date from the data when it lies between the peildatums, else the new peildatum.
    func dated(_ date: String?) -> String {
        guard let date, isBetween(date) else { return new }
        return date
    }
}
