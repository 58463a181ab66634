import CatalogusModel
import Gemma

/// The advice rules, with the lookups they need made once per build. Only the gemeente's own
/// lines that are not (being) phased out count as "used" here: a line "Uit te faseren" is advice
/// the gemeente already follows. No external service; everything comes from the catalogue.
public struct AdviesRegels: Sendable {
    /// "Near the end of support": on or before the peildatum plus this many years.
    public static let termijnJaren = 1

    let landschappen: Landschappen
    let versies: [String: Applicatieversie]
    /// Applicatie id → its newest version with status "in gebruik".
    let nieuwste: [String: Applicatieversie]
    /// Applicatie id → standaardversie → ondersteund.
    let compliancy: [String: [String: Bool]]
    /// Referentiecomponent → the standards GEMMA makes Verplicht for it, with their versions.
    let verplicht: [String: [(standaard: String, versies: [String])]]
    /// Gemeente id → what it moved from and to (see rule 3), found once per build.
    let overstappen: [String: [Overstap]]
    let peildatum: String?
    let grens: String?

    /// On one referentiecomponent, `van` is Uitgefaseerd or Uit te faseren and `naar` In productie.
    struct Overstap: Hashable {
        let referentiecomponent: String, van: String, naar: String
    }

    public init(_ landschappen: Landschappen) {
        let c = landschappen.catalogus
        self.landschappen = landschappen
        versies = Dictionary(c.applicatieversies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var nieuwste: [String: Applicatieversie] = [:]
        for v in c.applicatieversies where v.status == .inGebruik {
            if let known = nieuwste[v.applicatie], (known.datumInGebruik ?? "", known.versie, known.id) >= (v.datumInGebruik ?? "", v.versie, v.id) { continue }
            nieuwste[v.applicatie] = v
        }
        self.nieuwste = nieuwste
        var compliancy: [String: [String: Bool]] = [:]
        for row in c.compliancy { compliancy[row.applicatie, default: [:]][row.standaardversie] = row.ondersteund }
        self.compliancy = compliancy
        let standaarden = Dictionary(c.gemma.standaarden.map { ($0.objectID, $0) }, uniquingKeysWith: { a, _ in a })
        var verplicht: [String: [(standaard: String, versies: [String])]] = [:]
        for rc in c.gemma.referentiecomponenten {
            verplicht[rc.objectID] = rc.standaarden.filter { $0.rol == .verplicht }.map { ($0.standaard, standaarden[$0.standaard]?.versies ?? []) }
        }
        self.verplicht = verplicht
        overstappen = Dictionary(landschappen.gemeenten.map { ($0.id, Self.overstappen($0.id, landschappen)) }, uniquingKeysWith: { a, _ in a })
        peildatum = c.info.peildatum
        grens = c.info.peildatum.flatMap { Self.later($0, jaren: Self.termijnJaren) }
    }

    /// A gemeente's moves: per referentiecomponent, each applicatie it phased out (or is phasing
    /// out) paired with each other applicatie it has In productie there.
    static func overstappen(_ gemeente: String, _ landschappen: Landschappen) -> [Overstap] {
        let gebruik = landschappen.catalogus.gebruik
        var old: [String: Set<String>] = [:], current: [String: Set<String>] = [:]
        for position in landschappen.regels(gemeente) {
            let status = gebruik[position].status
            guard status == .uitgefaseerd || status == .uitTeFaseren || status == .inProductie else { continue }
            for rc in landschappen.referentiecomponenten(gebruik[position]) {
                if status == .inProductie {
                    current[rc, default: []].insert(gebruik[position].applicatie)
                } else {
                    old[rc, default: []].insert(gebruik[position].applicatie)
                }
            }
        }
        var moves: [Overstap] = []
        for (rc, olds) in old {
            for van in olds {
                for naar in current[rc] ?? [] where !olds.contains(naar) { moves.append(Overstap(referentiecomponent: rc, van: van, naar: naar)) }
            }
        }
        return moves
    }

    /// What the rules read of a line, made once per page (a whole `Gebruik` is many fields to copy).
    struct Regel {
        let id: String, applicatie: String, applicatieversie: String?, status: Gebruik.Status
        /// With the applicatie's when the line names none.
        let referentiecomponenten: [String]

        init(_ line: Gebruik, _ landschappen: Landschappen) {
            id = line.id
            applicatie = line.applicatie
            applicatieversie = line.applicatieversie
            status = line.status
            referentiecomponenten = landschappen.referentiecomponenten(line)
        }

        var isInGebruik: Bool { status != .uitgefaseerd }
    }

    /// Lines the rules treat as used: not Uit te faseren, not Uitgefaseerd.
    static func isActief(_ line: Regel) -> Bool {
        line.status != .uitTeFaseren && line.status != .uitgefaseerd
    }

    /// "2026-11-01" plus one year is "2027-11-01"; nil for a date that is not YYYY-MM-DD.
    static func later(_ iso: String, jaren: Int) -> String? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        return "\(year + jaren)-\(parts[1])-\(parts[2])"
    }

    /// All advice for `gemeente`, whose buren are `buren`.
    public func advies(_ gemeente: String, buren: [Buur]) -> Adviezen {
        let gebruik = landschappen.catalogus.gebruik
        let eigen = landschappen.regels(gemeente).map { Regel(gebruik[$0], landschappen) }
        var result = Adviezen()
        result.versies = versieAdvies(eigen)
        result.ontbrekend = ontbrekendAdvies(gemeente, buren: buren)
        result.overstappen = overstapAdvies(eigen, buren: buren)
        result.standaarden = standaardAdvies(eigen)
        return result
    }
}
