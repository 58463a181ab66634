import JSON

/// A contract behind a gebruik line, as written to `contracten.json`.
struct Contract: JSONRecord {
    var id: String
    var gebruik: String
    var dienst: String?
    var contractType: String
    var startDatum: Day
    var eindDatum: Day
    var verlengingsopties: String?
    /// Euro cents, written as a JSON number in euros.
    var kostenCenten: Int
    var kostenPeriode: String
    var status: String

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("gebruik", gebruik)
        object.add("dienst", dienst)
        object.add("contractType", contractType)
        object.add("startDatum", startDatum.text)
        object.add("eindDatum", eindDatum.text)
        object.add("verlengingsopties", verlengingsopties)
        let cents = kostenCenten % 100
        object.add("kosten", json: .number(String(kostenCenten / 100) + (cents == 0 ? "" : "." + (cents < 10 ? "0" : "") + String(cents))))
        object.add("kostenPeriode", kostenPeriode)
        object.add("status", status)
        return object.json
    }
}

/// Contracts for about one in ten gebruik lines. Status follows the dates: `Verlopen` after the end
/// date, `In onderhandeling` while the line is still being acquired, otherwise `Actief`.
enum Contracten {
    static func make(_ landschappen: Landschappen, counts: DemoCounts, peildatum: Day, seed: UInt64) -> [Contract] {
        var random = SplitMix64(seed: seed, stream: "contracten")
        var result: [Contract] = []
        for line in landschappen.lines where random.chance(counts.contractenPerGebruik) {
            let years = random.int(1...5)
            var start: Day
            if line.phase == 0 {
                start = peildatum + random.int(30...240)
            } else {
                start = line.startDatums[2] ?? line.startDatums[line.phase] ?? (peildatum - random.int(100...2500))
                // Contracts of lines still in use are mostly renewed: the current term runs past the peildatum.
                if line.phase <= 3, random.chance(0.85) {
                    while start + 365 * years - 1 < peildatum { start = start + 365 * years }
                }
            }
            let end = start + 365 * years - 1
            let status = line.phase == 0 ? "In onderhandeling" : end < peildatum ? "Verlopen" : "Actief"
            let periode = random.weighted([("Jaarlijks", 60.0), ("Maandelijks", 25), ("Eenmalig", 15)])
            let euros = switch periode {
            case "Maandelijks": random.int(50...6000)
            case "Eenmalig": random.int(2000...250_000)
            default: random.int(1500...180_000)
            }
            result.append(Contract(
                id: "", gebruik: line.id, dienst: line.diensten.isEmpty || random.chance(0.5) ? nil : random.pick(line.diensten),
                contractType: random.weighted([("Licentie", 50.0), ("SLA", 25), ("Onderhoud", 25)]),
                startDatum: start, eindDatum: end,
                verlengingsopties: random.chance(0.7) ? random.pick(["2 × 1 jaar", "Stilzwijgend met 1 jaar", "1 × 2 jaar", "Geen"]) : nil,
                kostenCenten: euros * 100 + (random.chance(0.3) ? random.int(1...99) : 0),
                kostenPeriode: periode, status: status))
        }
        let maker = IdMaker("con", minimumWidth: 5, count: result.count)
        for index in result.indices { result[index].id = maker.id(index) }
        return result
    }
}
