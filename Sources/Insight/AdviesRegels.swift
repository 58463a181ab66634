import CatalogusModel
import Gemma

/// The advice rules, with the lookups they need made once per build. Only the gemeente's own
/// lines that are not (being) phased out count as "used" here: a line "Uit te faseren" is advice
/// the gemeente already follows. No external service; everything comes from the catalogue.
/// A class with constants only, so that the pages share the tables instead of copying them; the
/// rules work on the pair codes and numbers of `Landschappen`.
public final class AdviesRegels: Sendable {
    /// "Near the end of support": on or before the peildatum plus this many years.
    public static let termijnJaren = 1

    let landschappen: Landschappen
    let versies: [String: Applicatieversie]
    /// Applicatie id → its newest version with status "in gebruik".
    let nieuwste: [String: Applicatieversie]
    /// Pair code → the required standards its applicatie declares none of the versions of
    /// supported and at least one not (rule 4), by standaard number.
    let schendingen: [[Schending]]
    /// Standaard number → its Object ID; the numbers are in the order of the ids.
    let standaardIDs: [String]
    /// Gemeente id → what it moved from and to (see rule 3), as pair codes, found once per build.
    let overstappen: [String: [Overstap]]
    let peildatum: String?
    let grens: String?

    /// On one referentiecomponent, `van` is Uitgefaseerd or Uit te faseren and `naar` In
    /// productie: the pair codes of both (same referentiecomponent, other applicatie).
    struct Overstap: Hashable, Sendable {
        let van: Int, naar: Int
    }

    /// A required standard of a pair's referentiecomponent its applicatie does not support.
    struct Schending: Sendable {
        let standaard: Int
        /// The standaardversies declared not supported, in the standard's order.
        let niet: [String]
    }

    /// `compliancy` (applicatie id → standaardversie → ondersteund) and `versies` (id →
    /// applicatieversie, the first of an id): when the caller has them already.
    public init(_ landschappen: Landschappen, compliancy: [String: [String: Bool]]? = nil, versies: [String: Applicatieversie]? = nil) {
        let c = landschappen.catalogus
        self.landschappen = landschappen
        self.versies = versies ?? Dictionary(c.applicatieversies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var nieuwste: [String: Applicatieversie] = [:]
        for i in c.applicatieversies.indices where c.applicatieversies[i].status == .inGebruik {
            let v = c.applicatieversies[i]
            if let known = nieuwste[v.applicatie], (known.datumInGebruik ?? "", known.versie, known.id) >= (v.datumInGebruik ?? "", v.versie, v.id) { continue }
            nieuwste[v.applicatie] = v
        }
        self.nieuwste = nieuwste
        (schendingen, standaardIDs) = Self.schendingen(landschappen, compliancy: compliancy)
        overstappen = Dictionary(landschappen.gemeenten.map { ($0.id, Self.overstappen($0.id, landschappen)) }, uniquingKeysWith: { a, _ in a })
        peildatum = c.info.peildatum
        grens = c.info.peildatum.flatMap { Self.later($0, jaren: Self.termijnJaren) }
    }

    /// Rule 4 per pair code: for its referentiecomponent each standard GEMMA makes Verplicht, of
    /// which its applicatie declares no version supported and at least one not supported.
    static func schendingen(_ landschappen: Landschappen, compliancy given: [String: [String: Bool]]?) -> ([[Schending]], [String]) {
        let c = landschappen.catalogus
        var compliancy = given ?? [:]
        if given == nil {
            for row in c.compliancy { compliancy[row.applicatie, default: [:]][row.standaardversie] = row.ondersteund }
        }
        let standaarden = Dictionary(c.gemma.standaarden.map { ($0.objectID, $0) }, uniquingKeysWith: { a, _ in a })
        var verplicht: [String: [(standaard: String, versies: [String])]] = [:]
        for rc in c.gemma.referentiecomponenten {
            verplicht[rc.objectID] = rc.standaarden.filter { $0.rol == .verplicht }.map { ($0.standaard, standaarden[$0.standaard]?.versies ?? []) }
        }
        let ids = Array(Set(verplicht.values.flatMap { $0.map(\.standaard) })).sorted()
        let nummer = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let found = (0..<landschappen.aantalCodes).map { code -> [Schending] in
            let pair = landschappen.invulling(code)
            guard let rules = verplicht[pair.referentiecomponent], !rules.isEmpty,
                  let declared = compliancy[pair.applicatie], !declared.isEmpty else { return [] }
            return rules.compactMap { rule in
                let niet = rule.versies.filter { declared[$0] == false }
                guard !niet.isEmpty, !rule.versies.contains(where: { declared[$0] == true }), let n = nummer[rule.standaard] else { return nil }
                return Schending(standaard: n, niet: niet)
            }
        }
        return (found, ids)
    }

    /// A gemeente's moves: per referentiecomponent, each applicatie it phased out (or is phasing
    /// out) paired with each other applicatie it has In productie there. A phased-out pair that
    /// no gemeente has in use has no code and is left out: no one could get advice from it.
    static func overstappen(_ gemeente: String, _ landschappen: Landschappen) -> [Overstap] {
        let gebruik = landschappen.catalogus.gebruik
        var old: Set<Int> = [], current: [Int] = []
        for line in landschappen.landschap(gemeente) where line.status == .uitTeFaseren || line.status == .inProductie {
            for i in line.codes {
                let code = landschappen.regelCodes[i]
                if line.status == .inProductie { current.append(code) } else { old.insert(code) }
            }
        }
        for position in landschappen.regels(gemeente) where gebruik[position].status == .uitgefaseerd {
            for rc in landschappen.referentiecomponenten(gebruik[position]) {
                if let code = landschappen.code(Invulling(referentiecomponent: rc, applicatie: gebruik[position].applicatie)) { old.insert(code) }
            }
        }
        let naar = Array(Set(current).subtracting(old))
        var moves: [Overstap] = []
        for van in old {
            let rc = landschappen.componentVan[van]
            for n in naar where landschappen.componentVan[n] == rc { moves.append(Overstap(van: van, naar: n)) }
        }
        return moves.sorted { ($0.van, $0.naar) < ($1.van, $1.naar) }
    }

    /// "2026-11-01" plus one year is "2027-11-01"; nil for a date that is not YYYY-MM-DD.
    static func later(_ iso: String, jaren: Int) -> String? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        return "\(year + jaren)-\(parts[1])-\(parts[2])"
    }

    /// All advice for `gemeente`, whose buren are `buren`.
    public func advies(_ gemeente: String, buren: [Buur]) -> Adviezen {
        nummers(gemeente, buren: buren).adviezen(buren, landschappen)
    }

    /// The same as numbers.
    public func nummers(_ gemeente: String, buren: [Buur]) -> AdviesNummers {
        let eigen = landschappen.landschap(gemeente)
        var result = AdviesNummers()
        result.versies = versieAdvies(eigen)
        result.ontbrekend = ontbrekendAdvies(gemeente, buren: buren)
        result.overstappen = overstapAdvies(gemeente, eigen, buren: buren)
        result.standaarden = standaardAdvies(eigen)
        return result
    }
}
