import CatalogusModel

extension AdviesRegels {
    /// Rule 1: a used line's version has `datumEindeOndersteuning` (else `datumTeruggetrokken`)
    /// on or before the peildatum plus `termijnJaren`, or without a date the status "einde
    /// ondersteuning" or "teruggetrokken". Sorted by date (unknown first), then applicatie naam.
    func versieAdvies(_ eigen: [LandschapRegel]) -> [VersieAdvies] {
        let gebruik = landschappen.catalogus.gebruik
        var found: [(advies: VersieAdvies, rang: Int)] = []
        for line in eigen where line.isActief {
            guard let id = gebruik[line.positie].applicatieversie, let v = versies[id] else { continue }
            let einde = v.datumEindeOndersteuning ?? v.datumTeruggetrokken
            let ended = v.status == .eindeOndersteuning || v.status == .teruggetrokken
            let verlopen: Bool, near: Bool
            if let einde, let peildatum, let grens {
                verlopen = einde <= peildatum
                near = einde <= grens
            } else {
                verlopen = ended
                near = ended
            }
            guard verlopen || near else { continue }
            let applicatie = gebruik[line.positie].applicatie
            let newest = nieuwste[applicatie].flatMap { $0.id == v.id ? nil : $0.id }
            found.append((VersieAdvies(gebruik: gebruik[line.positie].id, applicatie: applicatie, versie: v.id, einde: einde, verlopen: verlopen, nieuwste: newest),
                          line.applicatie))
        }
        return found.sorted { ($0.advies.einde ?? "", $0.rang, $0.advies.gebruik) < ($1.advies.einde ?? "", $1.rang, $1.advies.gebruik) }.map(\.advies)
    }

    /// Rule 2: referentiecomponenten that at least half of the buren fill with a line in use and
    /// this gemeente fills with none. Only for a gemeente with a landscape: for one without, every
    /// component would be advice. Sorted by how many buren (most first), then naam.
    func ontbrekendAdvies(_ gemeente: String, buren: [Buur]) -> [AdviesNummers.Ontbrekend] {
        let own = landschappen.codes(gemeente)
        guard !own.isEmpty, !buren.isEmpty else { return [] }
        let componenten = landschappen.componentVan
        var filled = [Bool](repeating: false, count: landschappen.componentIDs.count)
        for code in own { filled[componenten[code]] = true }
        // Per pair code and per component not filled: the buren (a bit per position; there are at
        // most 4 × `BurenIndex.perCriterium`) that have it; and the codes seen, once each.
        var perCode = [UInt64](repeating: 0, count: landschappen.aantalCodes)
        var perComponent = [UInt64](repeating: 0, count: filled.count)
        var seen: [Int] = []
        for (position, buur) in buren.enumerated() where position < 64 {
            let bit: UInt64 = 1 << UInt64(position)
            for code in landschappen.codes(buur.gemeente) where !filled[componenten[code]] {
                if perCode[code] == 0 { seen.append(code) }
                perCode[code] |= bit
                perComponent[componenten[code]] |= bit
            }
        }
        let chosen = perComponent.indices.filter { perComponent[$0] != 0 && perComponent[$0].nonzeroBitCount * 2 >= buren.count }
        guard !chosen.isEmpty else { return [] }
        var tellingen = [[(code: Int, aantal: Int)]](repeating: [], count: filled.count)
        for code in seen where perComponent[componenten[code]].nonzeroBitCount * 2 >= buren.count {
            tellingen[componenten[code]].append((code, perCode[code].nonzeroBitCount))
        }
        let rang = landschappen.codeApplicatie
        return chosen.sorted { (perComponent[$1].nonzeroBitCount, landschappen.componentRang[$0]) < (perComponent[$0].nonzeroBitCount, landschappen.componentRang[$1]) }
            .map { rc in
                let applicaties = tellingen[rc].sorted { ($1.aantal, rang[$0.code], $0.code) < ($0.aantal, rang[$1.code], $1.code) }
                var positions: [Int] = [], mask = perComponent[rc]
                while mask != 0 {
                    positions.append(mask.trailingZeroBitCount)
                    mask &= mask - 1
                }
                return AdviesNummers.Ontbrekend(component: rc, buren: positions, vanAantal: buren.count, applicaties: applicaties)
            }
    }

    /// Rule 3: a buur has, on one referentiecomponent, a line of X that is Uitgefaseerd or Uit te
    /// faseren and a line of Y (another applicatie) In productie, while this gemeente uses X
    /// there and has no line of Y there in use. Sorted by referentiecomponent, X, Y (names).
    func overstapAdvies(_ gemeente: String, _ eigen: [LandschapRegel], buren: [Buur]) -> [AdviesNummers.Overstap] {
        // Pair code → the first used line that fills it.
        var used: [Int: Int] = [:]
        for line in eigen where line.isActief {
            for i in line.codes where used[landschappen.regelCodes[i]] == nil { used[landschappen.regelCodes[i]] = line.positie }
        }
        guard !used.isEmpty else { return [] }
        let present = landschappen.codes(gemeente)
        // With the sort key: referentiecomponent, X, Y (each a place by naam), then the buur.
        var found: [(component: Int, van: Int, naar: Int, buur: Int, move: Overstap)] = []
        let (rang, component) = (landschappen.codeApplicatie, landschappen.componentRang)
        for (position, buur) in buren.enumerated() {
            for move in overstappen[buur.gemeente] ?? [] where used[move.van] != nil && !Self.contains(present, move.naar) {
                found.append((component[landschappen.componentVan[move.van]], rang[move.van], rang[move.naar], position, move))
            }
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.component, $0.van, $0.naar, $0.buur) < ($1.component, $1.van, $1.naar, $1.buur) }
        var result: [AdviesNummers.Overstap] = []
        var start = 0
        while start < found.count {
            var end = start + 1
            while end < found.count && found[end].move == found[start].move { end += 1 }
            let move = found[start].move
            if let regel = used[move.van] {
                result.append(AdviesNummers.Overstap(van: move.van, naar: move.naar, buren: found[start..<end].map(\.buur), regel: regel))
            }
            start = end
        }
        return result
    }

    /// Whether a sorted list holds `value`.
    static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// Rule 4: for a used line, a standard GEMMA makes Verplicht for one of its
    /// referentiecomponenten, of which the applicatie declares no version supported and at least
    /// one not supported (no declaration at all is "unknown", not advice). Sorted by applicatie
    /// naam, then standaard.
    func standaardAdvies(_ eigen: [LandschapRegel]) -> [AdviesNummers.Standaard] {
        var found: [(applicatie: Int, standaard: Int, component: Int, code: Int, schending: Int)] = []
        for line in eigen where line.isActief {
            for i in line.codes {
                let code = landschappen.regelCodes[i]
                for (n, s) in schendingen[code].enumerated() {
                    found.append((line.applicatie, s.standaard, landschappen.componentRang[landschappen.componentVan[code]], code, n))
                }
            }
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.applicatie, $0.standaard, $0.component) < ($1.applicatie, $1.standaard, $1.component) }
        var result: [AdviesNummers.Standaard] = []
        var start = 0
        while start < found.count {
            var end = start + 1
            while end < found.count && found[end].applicatie == found[start].applicatie && found[end].standaard == found[start].standaard { end += 1 }
            let first = found[start]
            var rcs: [Int] = []
            for i in start..<end where i == start || found[i].component != found[i - 1].component {
                rcs.append(landschappen.componentVan[found[i].code])
            }
            result.append(AdviesNummers.Standaard(applicatie: first.applicatie, code: first.code, standaard: standaardIDs[first.standaard],
                                                  componenten: rcs, nietOndersteund: schendingen[first.code][first.schending].niet))
            start = end
        }
        return result
    }
}
