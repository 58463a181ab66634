import JSON

/// A rating by a gemeente or samenwerking, as written to `beoordelingen.json`. Exactly one of
/// `applicatie` and `dienst` is set.
struct Beoordeling: JSONRecord {
    var id: String
    var afnemer: String
    var applicatie: String?
    var dienst: String?
    var waardering: Int
    var toelichting: String?
    var datum: Day?
    var status: String

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("afnemer", afnemer)
        object.add("applicatie", applicatie)
        object.add("dienst", dienst)
        object.add("waardering", waardering)
        object.add("toelichting", toelichting)
        object.add("datum", datum?.text)
        object.add("status", status)
        return object.json
    }
}

/// Ratings of what an afnemer actually uses: an applicatie from its landscape or a dienst it buys.
/// Mostly approved; some wait for moderation or were rejected.
enum Beoordelingen {
    private static let toelichtingen: [[String]] = [
        ["Veel storingen en trage ondersteuning.", "Voldoet niet aan onze eisen; we zoeken een vervanger."],
        ["Werkt, maar de leverancier reageert traag op meldingen.", "Veel handwerk nodig naast de applicatie."],
        ["Doet wat het moet doen.", "Redelijk, de rapportages kunnen beter."],
        ["Stabiel en goed ondersteund.", "Prettige samenwerking met de leverancier."],
        ["Uitstekend: gebruiksvriendelijk en goede koppelingen.", "Aanrader voor gemeenten van onze omvang."],
    ]

    static func make(_ landschappen: Landschappen, counts: DemoCounts, peildatum: Day, seed: UInt64) -> [Beoordeling] {
        var random = SplitMix64(seed: seed, stream: "beoordelingen")
        let live = landschappen.lines.indices.filter { landschappen.lines[$0].phase >= 2 }
        guard !live.isEmpty else { return [] }
        var rated: Set<String> = []
        var result: [Beoordeling] = []
        var attempts = 0
        while result.count < counts.beoordelingen, attempts < counts.beoordelingen * 4 {
            attempts += 1
            let line = landschappen.lines[random.pick(live)]
            let rateDienst = !line.diensten.isEmpty && random.chance(0.3)
            let target = rateDienst ? random.pick(line.diensten) : line.applicatie
            guard rated.insert(line.afnemer + " " + target).inserted else { continue }
            let waardering = random.weighted([(1, 5.0), (2, 10), (3, 25), (4, 40), (5, 20)])
            var beoordeling = Beoordeling(
                id: "", afnemer: line.afnemer, applicatie: rateDienst ? nil : target, dienst: rateDienst ? target : nil,
                waardering: waardering, datum: peildatum - random.int(0...1000),
                status: random.weighted([("Goedgekeurd", 85.0), ("In behandeling", 10), ("Afgewezen", 5)]))
            if random.chance(0.6) { beoordeling.toelichting = random.pick(toelichtingen[waardering - 1]) }
            result.append(beoordeling)
        }
        let maker = IdMaker("beo", minimumWidth: 5, count: result.count)
        for index in result.indices { result[index].id = maker.id(index) }
        return result
    }
}
