import CatalogusModel

extension AdviesRegels {
    /// Rule 1: a used line's version has `datumEindeOndersteuning` (else `datumTeruggetrokken`)
    /// on or before the peildatum plus `termijnJaren`, or without a date the status "einde
    /// ondersteuning" or "teruggetrokken". Sorted by date (unknown first), then applicatie naam.
    func versieAdvies(_ eigen: [Gebruik]) -> [VersieAdvies] {
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
        return found.sorted { ($0.einde ?? "", naam($0.applicatie), $0.gebruik) < ($1.einde ?? "", naam($1.applicatie), $1.gebruik) }
    }

    /// Rule 2: referentiecomponenten that at least half of the buren fill with a line in use and
    /// this gemeente fills with none. Only for a gemeente with a landscape: for one without, every
    /// component would be advice. Sorted by how many buren (most first), then naam.
    func ontbrekendAdvies(_ gemeente: String, buren: [Buur]) -> [OntbrekendAdvies] {
        let own = landschappen.componenten(gemeente)
        guard !own.isEmpty, !buren.isEmpty else { return [] }
        var perComponent: [String: (buren: [String], applicaties: [String: Int])] = [:]
        for buur in buren {
            var seen: [String: Set<String>] = [:]
            for pair in landschappen.invullingen(buur.gemeente) where !own.contains(pair.referentiecomponent) {
                seen[pair.referentiecomponent, default: []].insert(pair.applicatie)
            }
            for (rc, applicaties) in seen {
                perComponent[rc, default: ([], [:])].buren.append(buur.gemeente)
                for a in applicaties { perComponent[rc, default: ([], [:])].applicaties[a, default: 0] += 1 }
            }
        }
        return perComponent.filter { $0.value.buren.count * 2 >= buren.count }.map { rc, found in
            OntbrekendAdvies(referentiecomponent: rc, buren: found.buren, vanAantal: buren.count,
                             applicaties: found.applicaties.map { Telling(applicatie: $0.key, aantal: $0.value) }.sorted {
                                 ($1.aantal, naam($0.applicatie), $0.applicatie) < ($0.aantal, naam($1.applicatie), $1.applicatie)
                             })
        }.sorted { ($1.buren.count, componentNaam($0.referentiecomponent), $0.referentiecomponent) < ($0.buren.count, componentNaam($1.referentiecomponent), $1.referentiecomponent) }
    }

    /// Rule 3: a buur has, on one referentiecomponent, a line of X that is Uitgefaseerd or Uit te
    /// faseren and a line of Y (another applicatie) In productie, while this gemeente uses X
    /// there and has no line of Y there in use. Sorted by referentiecomponent, X, Y (names).
    func overstapAdvies(_ eigen: [Gebruik], buren: [Buur]) -> [OverstapAdvies] {
        var used: [Invulling: String] = [:], present: Set<Invulling> = []
        for line in eigen {
            for rc in landschappen.referentiecomponenten(line) {
                let pair = Invulling(referentiecomponent: rc, applicatie: line.applicatie)
                if line.isInGebruik { present.insert(pair) }
                if Self.isActief(line), used[pair] == nil { used[pair] = line.id }
            }
        }
        guard !used.isEmpty else { return [] }
        struct Move: Hashable { let rc: String, van: String, naar: String }
        var moves: [Move: [String]] = [:]
        for buur in buren {
            var old: [String: Set<String>] = [:], current: [String: Set<String>] = [:]
            for line in landschappen.regels(buur.gemeente) {
                for rc in landschappen.referentiecomponenten(line) {
                    if line.status == .uitgefaseerd || line.status == .uitTeFaseren { old[rc, default: []].insert(line.applicatie) }
                    if line.status == .inProductie { current[rc, default: []].insert(line.applicatie) }
                }
            }
            var buurMoves: Set<Move> = []
            for (rc, olds) in old {
                for van in olds where used[Invulling(referentiecomponent: rc, applicatie: van)] != nil {
                    for naar in current[rc] ?? [] where naar != van && !olds.contains(naar) && !present.contains(Invulling(referentiecomponent: rc, applicatie: naar)) {
                        buurMoves.insert(Move(rc: rc, van: van, naar: naar))
                    }
                }
            }
            for move in buurMoves { moves[move, default: []].append(buur.gemeente) }
        }
        return moves.map { move, buren in
            OverstapAdvies(referentiecomponent: move.rc, van: move.van, naar: move.naar, buren: buren,
                           gebruik: used[Invulling(referentiecomponent: move.rc, applicatie: move.van)] ?? "")
        }.sorted {
            (componentNaam($0.referentiecomponent), $0.referentiecomponent, naam($0.van), $0.van, naam($0.naar), $0.naar)
                < (componentNaam($1.referentiecomponent), $1.referentiecomponent, naam($1.van), $1.van, naam($1.naar), $1.naar)
        }
    }

    /// Rule 4: for a used line, a standard GEMMA makes Verplicht for one of its
    /// referentiecomponenten, of which the applicatie declares no version supported and at least
    /// one not supported (no declaration at all is "unknown", not advice). Sorted by applicatie
    /// naam, then standaard.
    func standaardAdvies(_ eigen: [Gebruik]) -> [StandaardAdvies] {
        struct Key: Hashable { let applicatie: String, standaard: String }
        var found: [Key: (rcs: Set<String>, niet: [String])] = [:]
        for line in eigen where Self.isActief(line) {
            let declared = compliancy[line.applicatie] ?? [:]
            guard !declared.isEmpty else { continue }
            for rc in landschappen.referentiecomponenten(line) {
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
    func componentNaam(_ rc: String) -> String { landschappen.componentNamen[rc] ?? "" }
}
