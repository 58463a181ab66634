import CatalogusModel

extension AdviesRegels {
    /// Rule 1: a used line's version has `datumEindeOndersteuning` (else `datumTeruggetrokken`)
    /// on or before the peildatum plus `termijnJaren`, or without a date the status "einde
    /// ondersteuning" or "teruggetrokken". Sorted by date (unknown first), then applicatie naam.
    func versieAdvies(_ eigen: [Regel]) -> [VersieAdvies] {
        var found: [VersieAdvies] = []
        for line in eigen where Self.isActief(line) {
            guard let id = line.applicatieversie, let v = versies[id] else { continue }
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
            let newest = nieuwste[line.applicatie].flatMap { $0.id == v.id ? nil : $0.id }
            found.append(VersieAdvies(gebruik: line.id, applicatie: line.applicatie, versie: v.id, einde: einde, verlopen: verlopen, nieuwste: newest))
        }
        return found.sorted { ($0.einde ?? "", rang($0.applicatie), $0.gebruik) < ($1.einde ?? "", rang($1.applicatie), $1.gebruik) }
    }

    /// Rule 2: referentiecomponenten that at least half of the buren fill with a line in use and
    /// this gemeente fills with none. Only for a gemeente with a landscape: for one without, every
    /// component would be advice. Sorted by how many buren (most first), then naam.
    func ontbrekendAdvies(_ gemeente: String, buren: [Buur]) -> [OntbrekendAdvies] {
        let own = landschappen.codes(gemeente)
        guard !own.isEmpty, !buren.isEmpty else { return [] }
        let componenten = landschappen.componentVan
        var filled = [Bool](repeating: false, count: landschappen.componentIDs.count)
        for code in own { filled[componenten[code]] = true }
        // Component number → the buren (by position) that fill it, and the pair codes they use.
        var bijBuren: [Int: (buren: [Int], codes: [Int: Int])] = [:]
        for (position, buur) in buren.enumerated() {
            for code in landschappen.codes(buur.gemeente) where !filled[componenten[code]] {
                let rc = componenten[code]
                // Buren are visited one at a time: the last one listed says whether this one is counted yet.
                if bijBuren[rc]?.buren.last != position { bijBuren[rc, default: ([], [:])].buren.append(position) }
                bijBuren[rc, default: ([], [:])].codes[code, default: 0] += 1
            }
        }
        return bijBuren.filter { $0.value.buren.count * 2 >= buren.count }.map { rc, found in
            OntbrekendAdvies(referentiecomponent: landschappen.componentIDs[rc], buren: found.buren.map { buren[$0].gemeente }, vanAantal: buren.count,
                             applicaties: found.codes.map { Telling(applicatie: landschappen.invulling($0.key).applicatie, aantal: $0.value) }.sorted {
                                 ($1.aantal, rang($0.applicatie)) < ($0.aantal, rang($1.applicatie))
                             })
        }.sorted { ($1.buren.count, componentNaam($0.referentiecomponent), $0.referentiecomponent) < ($0.buren.count, componentNaam($1.referentiecomponent), $1.referentiecomponent) }
    }

    /// Rule 3: a buur has, on one referentiecomponent, a line of X that is Uitgefaseerd or Uit te
    /// faseren and a line of Y (another applicatie) In productie, while this gemeente uses X
    /// there and has no line of Y there in use. Sorted by referentiecomponent, X, Y (names).
    func overstapAdvies(_ eigen: [Regel], buren: [Buur]) -> [OverstapAdvies] {
        var used: [Invulling: String] = [:], present: Set<Invulling> = []
        for line in eigen {
            for rc in line.referentiecomponenten {
                let pair = Invulling(referentiecomponent: rc, applicatie: line.applicatie)
                if line.isInGebruik { present.insert(pair) }
                if Self.isActief(line), used[pair] == nil { used[pair] = line.id }
            }
        }
        guard !used.isEmpty else { return [] }
        var moves: [Overstap: [String]] = [:]
        for buur in buren {
            for move in overstappen[buur.gemeente] ?? []
            where used[Invulling(referentiecomponent: move.referentiecomponent, applicatie: move.van)] != nil
                && !present.contains(Invulling(referentiecomponent: move.referentiecomponent, applicatie: move.naar)) {
                moves[move, default: []].append(buur.gemeente)
            }
        }
        return moves.map { move, buren in
            OverstapAdvies(referentiecomponent: move.referentiecomponent, van: move.van, naar: move.naar, buren: buren,
                           gebruik: used[Invulling(referentiecomponent: move.referentiecomponent, applicatie: move.van)] ?? "")
        }.sorted {
            (componentNaam($0.referentiecomponent), $0.referentiecomponent, naam($0.van), $0.van, naam($0.naar), $0.naar)
                < (componentNaam($1.referentiecomponent), $1.referentiecomponent, naam($1.van), $1.van, naam($1.naar), $1.naar)
        }
    }

    /// Rule 4: for a used line, a standard GEMMA makes Verplicht for one of its
    /// referentiecomponenten, of which the applicatie declares no version supported and at least
    /// one not supported (no declaration at all is "unknown", not advice). Sorted by applicatie
    /// naam, then standaard.
    func standaardAdvies(_ eigen: [Regel]) -> [StandaardAdvies] {
        struct Key: Hashable { let applicatie: String, standaard: String }
        var found: [Key: (rcs: Set<String>, niet: [String])] = [:]
        for line in eigen where Self.isActief(line) {
            let declared = compliancy[line.applicatie] ?? [:]
            guard !declared.isEmpty else { continue }
            for rc in line.referentiecomponenten {
                for rule in verplicht[rc] ?? [] {
                    let niet = rule.versies.filter { declared[$0] == false }
                    guard !niet.isEmpty, !rule.versies.contains(where: { declared[$0] == true }) else { continue }
                    found[Key(applicatie: line.applicatie, standaard: rule.standaard), default: ([], niet)].rcs.insert(rc)
                }
            }
        }
        return found.map { key, value in
            StandaardAdvies(applicatie: key.applicatie, standaard: key.standaard,
                            referentiecomponenten: value.rcs.sorted { (componentNaam($0), $0) < (componentNaam($1), $1) }, nietOndersteund: value.niet)
        }.sorted { (naam($0.applicatie), $0.applicatie, $0.standaard) < (naam($1.applicatie), $1.applicatie, $1.standaard) }
    }

    func naam(_ applicatie: String) -> String { landschappen.applicatieNamen[applicatie] ?? "" }
    /// Where an applicatie sorts by naam then id.
    func rang(_ applicatie: String) -> Int { landschappen.applicatieRang[applicatie] ?? Int.max }
    func componentNaam(_ rc: String) -> String { landschappen.componentNamen[rc] ?? "" }
}
