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
    /// each building its own: standard Object ID → its criterion, and standaardversie Object ID
    /// → its cell text when supported, not supported, and without statement.
    struct Standaarden: Sendable {
        let kenmerken: [String: Kenmerk]
        let versies: [String: (ja: String, nee: String, onbekend: String)]
    }

    static func kenmerken(_ index: CatalogueIndex) -> Standaarden {
        Standaarden(kenmerken: index.standaarden.mapValues(standaard), versies: index.standaardversies.mapValues { versie in
            ("\(versie.naam): ondersteund", "\(versie.naam): niet ondersteund", "\(versie.naam): geen opgave")
        })
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
        var regels: [String: CatalogueIndex.StandaardRegel] = [:]
        for component in components {
            for regel in index.standaardRollen[component.objectID] ?? [] {
                if let known = regels[regel.standaard.objectID], known.rol == .verplicht { continue }
                regels[regel.standaard.objectID] = regel
            }
        }
        var waarden: [String: [String]] = [:]
        let kenmerken = regels.values.map { regel -> Kenmerk in
            let kenmerk = kenmerken.kenmerken[regel.standaard.objectID] ?? standaard(regel.standaard)
            let versies = regel.versies.map { versie -> String in
                let texts = kenmerken.versies[versie.objectID] ?? ("\(versie.naam): ondersteund", "\(versie.naam): niet ondersteund", "\(versie.naam): geen opgave")
                switch compliancy[versie.objectID] {
                case true?: return texts.ja
                case false?: return texts.nee
                case nil: return texts.onbekend
                }
            }
            waarden[kenmerk.sleutel] = [regel.rol == .verplicht ? "verplicht" : "aanbevolen"] + (versies.isEmpty ? ["geen versies bekend"] : versies)
            return kenmerk
        }.sorted(by: Vergelijking.volgorde)
        return (kenmerken, waarden)
    }

    static func standaard(_ s: Standaard) -> Kenmerk {
        Kenmerk(sleutel: "standaard-" + s.objectID, naam: s.naam, leeg: nietVanToepassing)
    }
}
