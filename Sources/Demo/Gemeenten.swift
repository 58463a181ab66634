/// The gemeenten of the demo: the 342 real ones, fictional ones above scale 1, and the real
/// gemeenten abolished in 2022–2023 (kept as `Deactief`, pointing at the one they merged into).
enum Gemeenten {
    /// Fictional CBS codes run GM9000…GM9999, then GM8000…, down to GM2000: real codes stay below 2000.
    static let fictionalCapacity = 8000

    static func fictionalCode(_ index: Int) -> String {
        let block = 9 - index / 1000
        let number = block * 1000 + index % 1000
        return "GM" + String(number)
    }

    static func fictionalName(_ index: Int) -> String {
        let heads = FictionalPlaceNames.heads
        let tails = FictionalPlaceNames.tails
        let variants = FictionalPlaceNames.variants
        let base = heads.count * tails.count
        let round = index / base
        let name = heads[index % heads.count] + tails[(index / heads.count) % tails.count]
        let variant = variants[round % variants.count]
        let lap = round / variants.count
        return name + variant + (lap > 0 ? " \(lap + 1)" : "")
    }

    /// Active gemeenten with their ids; `ids` gives the id for each position.
    static func make(count: Int, ids: (Int) -> String, _ random: inout SplitMix64) -> [Organisatie] {
        var result: [Organisatie] = []
        result.reserveCapacity(count)
        for (index, record) in GemeenteRecord.all.enumerated() where index < count {
            var gemeente = Organisatie(id: ids(index), naam: record.naam, type: "Gemeente", domain: demoDomain(record.naam))
            gemeente.cbsCode = record.cbsCode
            gemeente.provincie = record.provincie
            gemeente.inwonertal = record.inwonertal ?? Inwonertal.invent(naam: record.naam, &random)
            result.append(gemeente)
        }
        let provincies = provinceWeights()
        for extra in 0..<max(0, count - GemeenteRecord.all.count) {
            let naam = fictionalName(extra)
            var gemeente = Organisatie(id: ids(result.count), naam: naam, type: "Gemeente", domain: demoDomain(naam))
            gemeente.cbsCode = fictionalCode(extra)
            gemeente.provincie = random.weighted(provincies)
            gemeente.inwonertal = Inwonertal.invent(naam: naam, &random)
            gemeente.beschrijvingKort = "Verzonnen gemeente voor de demo op grote schaal; bestaat niet."
            result.append(gemeente)
        }
        return result
    }

    /// Provinces weighted by their number of real gemeenten.
    private static func provinceWeights() -> [(String, Double)] {
        var order: [String] = []
        var counts: [String: Double] = [:]
        for record in GemeenteRecord.all {
            if counts[record.provincie] == nil { order.append(record.provincie) }
            counts[record.provincie, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }

    /// The abolished gemeenten, each pointing at its successor among `gemeenten`.
    static func opgeheven(ids: (Int) -> String, gemeenten: [Organisatie]) -> [Organisatie] {
        var byCode: [String: Organisatie] = [:]
        for gemeente in gemeenten { if let code = gemeente.cbsCode { byCode[code] = gemeente } }
        var result: [Organisatie] = []
        for record in OpgehevenGemeente.all {
            guard let opvolger = byCode[record.opgegaanInCbsCode] else { continue }
            var gemeente = Organisatie(id: ids(result.count), naam: record.naam, type: "Gemeente", domain: demoDomain(record.naam))
            gemeente.status = "Deactief"
            gemeente.cbsCode = record.cbsCode
            gemeente.provincie = opvolger.provincie
            gemeente.opgegaanIn = opvolger.id
            gemeente.beschrijvingKort = "Opgeheven op \(record.datum); opgegaan in \(opvolger.naam)."
            result.append(gemeente)
        }
        return result
    }
}
