/// About one koppeling per four gebruik lines; ~15% of them go to a landelijke voorziening.
/// Lines on their way out or gone are left alone; lines not yet in production get koppelingen
/// that are still "in ontwikkeling".
enum Koppelingen {
    private static let gegevens = [
        "zaakgegevens", "documenten", "persoonsgegevens", "adresgegevens", "financiële mutaties",
        "aanslagen", "meldingen", "besluiten", "klantcontacten", "objectgegevens", "notificaties",
    ]

    static func make(
        _ landschappen: Landschappen, counts: DemoCounts, gemma: GemmaIndex, applicaties: [Applicatie], seed: UInt64
    ) -> [Koppeling] {
        var random = SplitMix64(seed: seed, stream: "koppelingen")
        let servicebus = gemma.referentiecomponenten.indices.filter {
            gemma.referentiecomponenten[$0].naam.lowercased().contains("servicebus")
        }
        var result: [Koppeling] = []
        for landschap in landschappen.landschappen {
            let eligible = landschap.lines.filter { landschappen.lines[$0].phase <= 3 }
            guard !eligible.isEmpty else { continue }
            let wanted = Int((Double(landschap.lines.count) * counts.koppelingenPerGebruik).rounded())
            let buses = eligible.filter { servicebus.contains(landschappen.lines[$0].component) }
            var pairs: Set<[Int]> = []
            for _ in 0..<wanted {
                let bronIndex = random.pick(eligible)
                let bron = landschappen.lines[bronIndex]
                var koppeling = Koppeling(id: "", bron: bron.id)
                let bronNaam = applicaties[bron.applicatieIndex].naam
                let toVoorziening = eligible.count < 2 || random.chance(0.15)
                let doelNaam: String
                var notYetLive = bron.phase < 2
                if toVoorziening, !gemma.landelijkeVoorzieningen.isEmpty {
                    let choice = random.below(gemma.landelijkeVoorzieningen.count)
                    let voorziening = gemma.landelijkeVoorzieningen[choice]
                    guard pairs.insert([bronIndex, -1 - choice]).inserted else { continue }
                    koppeling.buitengemeentelijkeVoorziening = voorziening.objectID
                    doelNaam = voorziening.naam
                    koppeling.type = random.weighted([("digikoppeling", 45.0), ("api", 30), ("webservices", 15), ("upload naar portaal", 10)])
                } else {
                    guard eligible.count >= 2 else { continue }
                    var doelIndex = random.pick(eligible)
                    while doelIndex == bronIndex { doelIndex = random.pick(eligible) }
                    guard pairs.insert([min(bronIndex, doelIndex), max(bronIndex, doelIndex)]).inserted else { continue }
                    let doel = landschappen.lines[doelIndex]
                    koppeling.doel = doel.id
                    doelNaam = applicaties[doel.applicatieIndex].naam
                    notYetLive = notYetLive || doel.phase < 2
                    koppeling.type = random.weighted([
                        ("api", 30.0), ("webservices", 25), ("bestandsoverdracht", 15), ("message queue", 8),
                        ("digikoppeling", 10), ("n.v.t.", 5), ("upload naar portaal", 7),
                    ])
                }
                let richting = random.weighted([("AnaarB", 55.0), ("BnaarA", 15), ("bi-directioneel", 30)])
                koppeling.richting = richting
                koppeling.naam = switch richting {
                case "AnaarB": "\(bronNaam) naar \(doelNaam)"
                case "BnaarA": "\(doelNaam) naar \(bronNaam)"
                default: "\(bronNaam) en \(doelNaam)"
                }
                if random.chance(0.7) {
                    koppeling.beschrijvingKort = "Uitwisseling van \(random.pick(gegevens)) tussen \(bronNaam) en \(doelNaam)."
                }
                koppeling.status = notYetLive ? "in ontwikkeling"
                    : bron.phase == 3 ? random.weighted([("einde ondersteuning", 50.0), ("in gebruik", 50)])
                    : random.weighted([("in gebruik", 88.0), ("in ontwikkeling", 5), ("einde ondersteuning", 4), ("teruggetrokken", 3)])
                let candidates = gemma.referentiecomponenten[bron.component].standaardversies
                if !candidates.isEmpty, random.chance(0.4) {
                    koppeling.standaardversies = random.sample(candidates, count: random.int(1...2))
                }
                if !buses.isEmpty, random.chance(0.1) {
                    let bus = landschappen.lines[random.pick(buses)]
                    if bus.id != bron.id, bus.id != koppeling.doel { koppeling.intermediair = bus.applicatie }
                }
                result.append(koppeling)
            }
        }
        let maker = IdMaker("kop", minimumWidth: 5, count: result.count)
        for index in result.indices { result[index].id = maker.id(index) }
        return result
    }
}
