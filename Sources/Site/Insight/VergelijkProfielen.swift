import CatalogusModel
import Gemma
import Insight

/// The criteria of a comparison and each applicatie's values for them, as texts a reader sees
/// (`Format` for numbers and dates). Only what both audiences may see: the national use count and
/// the ratings' average and count, never who uses or rated what.
enum VergelijkProfielen {
    static let leverancier = Kenmerk(sleutel: "leverancier", naam: "Leverancier", leeg: "onbekend")
    static let referentiecomponenten = Kenmerk(sleutel: "referentiecomponenten", naam: "Referentiecomponenten", leeg: "geen")
    static let cloudmodel = Kenmerk(sleutel: "cloudmodel", naam: "Cloudmodel", leeg: "niet opgegeven")
    static let hostinglocatie = Kenmerk(sleutel: "hostinglocatie", naam: "Hostinglocatie", leeg: "niet opgegeven")
    static let jurisdictie = Kenmerk(sleutel: "jurisdictie", naam: "Jurisdictie van de hosting", leeg: "niet opgegeven")
    static let licentietype = Kenmerk(sleutel: "licentietype", naam: "Soort licentie", leeg: "niet opgegeven")
    static let licentie = Kenmerk(sleutel: "licentie", naam: "Licentie", leeg: "niet opgegeven")
    static let versies = Kenmerk(sleutel: "versies", naam: "Versies en levenscyclus", leeg: "geen versies bekend")
    static let diensten = Kenmerk(sleutel: "diensten", naam: "Diensten", leeg: "geen diensten")
    static let beoordeling = Kenmerk(sleutel: "beoordeling", naam: "Beoordeling", leeg: "nog geen beoordelingen")
    static let gebruik = Kenmerk(sleutel: "gebruik", naam: "In gebruik bij", leeg: "0 organisaties")

    /// The fixed criteria, in the order every comparison shows them.
    static let vast = [leverancier, referentiecomponenten, cloudmodel, hostinglocatie, jurisdictie, licentietype, licentie,
                       versies, diensten, beoordeling, gebruik]
    /// Their keys, in that order.
    static let vasteSleutels = vast.map(\.sleutel)

    /// Cell text of a standard that none of an applicatie's referentiecomponenten asks for.
    static let nietVanToepassing = "niet van toepassing"

    /// Made once per build (`kenmerken(_:)`), so 6,000 profiles share these strings instead of
    /// each building its own: standard Object ID → its criterion, each criterion's place in
    /// `Vergelijking.volgorde` (`rang`, so profiles sort standards by a number), and per
    /// referentiecomponent its standards with their role and, per standaardversie, the cell text
    /// when supported, not supported, and without statement.
    struct Standaarden: Sendable {
        struct Versie: Sendable {
            let objectID: String
            let ja: String
            let nee: String
            let onbekend: String
        }

        struct Regel: Sendable {
            let standaard: String
            let kenmerk: Kenmerk
            let rol: Verbindingsrol
            let versies: [Versie]
        }

        let kenmerken: [String: Kenmerk]
        let rang: [String: Int]
        let perComponent: [String: [Regel]]
    }

    static func kenmerken(_ index: CatalogueIndex) -> Standaarden {
        let kenmerken = index.standaarden.mapValues(standaard)
        let perComponent = index.standaardRollen.mapValues { regels in
            regels.map { regel in
                Standaarden.Regel(
                    standaard: regel.standaard.objectID, kenmerk: kenmerken[regel.standaard.objectID] ?? standaard(regel.standaard), rol: regel.rol,
                    versies: regel.versies.map { v in
                        Standaarden.Versie(objectID: v.objectID, ja: "\(v.naam): ondersteund", nee: "\(v.naam): niet ondersteund", onbekend: "\(v.naam): geen opgave")
                    })
            }
        }
        return Standaarden(kenmerken: kenmerken, rang: VergelijkData.rang(kenmerken), perComponent: perComponent)
    }

    static func make(_ a: Applicatie, _ index: CatalogueIndex, _ kenmerken: Standaarden) -> VergelijkProfiel {
        let components = a.referentiecomponenten.compactMap { index.referentiecomponenten[$0] }.sorted { ($0.naam, $0.objectID) < ($1.naam, $1.objectID) }
        var waarden: [String: [String]] = [
            leverancier.sleutel: index.organisaties[a.aanbieder].map { [$0.naam] } ?? [],
            referentiecomponenten.sleutel: components.map(\.naam),
            cloudmodel.sleutel: a.cloudDienstverleningsmodel.map(\.rawValue),
            hostinglocatie.sleutel: a.hostingLocatie.map { [$0.rawValue] } ?? [],
            jurisdictie.sleutel: a.hostingJurisdictie.map { [$0.rawValue] } ?? [],
            licentietype.sleutel: a.licentietype.map { [$0.rawValue] } ?? [],
            licentie.sleutel: a.licentie.map { [$0] } ?? [],
            versies.sleutel: (index.versiesPerApplicatie[a.id] ?? []).sorted { VersionOrder.newerFirst($0, $1) }.map(versie),
            diensten.sleutel: (index.dienstenPerApplicatie[a.id] ?? []).sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }.map { dienst in
                "\(dienst.naam) (\(dienst.type.rawValue), \(index.organisaties[dienst.aanbieder]?.naam ?? ""))"
            },
            beoordeling.sleutel: beoordeling(index.catalogus.beoordelingenPerApplicatie[a.id]),
        ]
        let count = index.catalogus.gebruikTelling[a.id] ?? 0
        waarden[gebruik.sleutel] = ["\(Format.number(count)) \(count == 1 ? "organisatie" : "organisaties")"]
        let (kenmerken, standaarden) = standaarden(components, index.compliancyPerApplicatie[a.id] ?? [:], index, kenmerken)
        waarden.merge(standaarden) { $1 }
        return VergelijkProfiel(id: a.id, naam: a.naam, waarden: waarden, standaarden: kenmerken)
    }

    /// "2.0 – in gebruik (in gebruik 01-06-2025, einde ondersteuning 31-12-2026)": the status, then the dates it has.
    private static func versie(_ v: Applicatieversie) -> String {
        let dates: [(String, String?)] = [("in ontwikkeling", v.datumInOntwikkeling), ("in gebruik", v.datumInGebruik),
                                          ("einde ondersteuning", v.datumEindeOndersteuning), ("teruggetrokken", v.datumTeruggetrokken)]
        let known = dates.compactMap { label, date in date.map { "\(label) \(dutchDate($0))" } }.joined(separator: ", ")
        let status = v.status?.rawValue ?? "status onbekend"
        return "\(v.versie) – \(status)" + (known.isEmpty ? "" : " (\(known))")
    }

    /// "2026-06-30" → "30-06-2026", as `Format.date` writes it.
    private static func dutchDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        return parts.count == 3 ? "\(parts[2])-\(parts[1])-\(parts[0])" : iso
    }

    /// "4,5 van 5 (2 beoordelingen)", as on the applicatie's page.
    private static func beoordeling(_ s: BeoordelingSamenvatting?) -> [String] {
        guard let s, s.aantal > 0 else { return [] }
        return ["\(Format.decimal(s.gemiddelde)) van 5 (\(Format.number(s.aantal)) \(s.aantal == 1 ? "beoordeling" : "beoordelingen"))"]
    }

    /// Per standard of the components: its role (the strongest when two components differ) and
    /// for each version whether the applicatie supports it, in the words of the applicatie page.
    private static func standaarden(_ components: [Referentiecomponent], _ compliancy: [String: Bool], _ index: CatalogueIndex,
                                    _ kenmerken: Standaarden) -> ([Kenmerk], [String: [String]]) {
        var regels: [String: Standaarden.Regel] = [:]
        for component in components {
            for regel in kenmerken.perComponent[component.objectID] ?? [] {
                if let known = regels[regel.standaard], known.rol == .verplicht { continue }
                regels[regel.standaard] = regel
            }
        }
        var waarden: [String: [String]] = [:]
        waarden.reserveCapacity(regels.count)
        var found: [(rang: Int, kenmerk: Kenmerk)] = []
        found.reserveCapacity(regels.count)
        for regel in regels.values {
            var texts = [regel.rol == .verplicht ? "verplicht" : "aanbevolen"]
            for versie in regel.versies {
                switch compliancy[versie.objectID] {
                case true?: texts.append(versie.ja)
                case false?: texts.append(versie.nee)
                case nil: texts.append(versie.onbekend)
                }
            }
            if regel.versies.isEmpty { texts.append("geen versies bekend") }
            waarden[regel.kenmerk.sleutel] = texts
            found.append((kenmerken.rang[regel.kenmerk.sleutel] ?? Int.max, regel.kenmerk))
        }
        // `rang` is the place in `Vergelijking.volgorde`; a standard without one (none at present) sorts by that rule.
        found.sort { $0.rang != $1.rang ? $0.rang < $1.rang : Vergelijking.volgorde($0.kenmerk, $1.kenmerk) }
        return (found.map(\.kenmerk), waarden)
    }

    static func standaard(_ s: Standaard) -> Kenmerk {
        Kenmerk(sleutel: "standaard-" + s.objectID, naam: s.naam, leeg: nietVanToepassing)
    }
}
