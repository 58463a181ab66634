/// Fills one afnemer's landscape line by line. Per referentiecomponent at most two lines: the second
/// is now and then a migration (the old product on its way out, the new one coming in).
struct LandschapBuilder {
    let peildatum: Day
    let gemma: GemmaIndex
    let applicaties: [Applicatie]
    let versies: Applicatieversies
    let diensten: Diensten
    let market: Market

    func landscape(
        for afnemer: Organisatie, lines count: Int, deelnemers: [String], into lines: inout [Gebruik],
        _ random: inout SplitMix64
    ) {
        guard !market.components.isEmpty else { return }
        let first = lines.count
        var used: Set<Int> = []
        var perComponent: [Int: [Int]] = [:]
        for _ in 0..<count {
            var component = market.components.draw(&random)
            var tries = 0
            while (perComponent[component]?.count ?? 0) >= 2, tries < 30 {
                component = market.components.draw(&random)
                tries += 1
            }
            guard (perComponent[component]?.count ?? 0) < 2 else { continue }
            var applicatie = market.offers[component].draw(&random)
            tries = 0
            while used.contains(applicatie), tries < 5 {
                applicatie = market.offers[component].draw(&random)
                tries += 1
            }
            guard !used.contains(applicatie) else { continue }
            used.insert(applicatie)
            var phase = drawPhase(&random)
            if let earlier = perComponent[component]?.first, random.chance(0.3) {
                lines[earlier].phase = random.chance(0.6) ? 3 : 4
                lines[earlier].startDatums = dates(upTo: lines[earlier].phase, &random)
                phase = random.weighted([(2, 60.0), (1, 20), (0, 20)])
            }
            perComponent[component, default: []].append(lines.count)
            lines.append(line(afnemer: afnemer, applicatie: applicatie, component: component, phase: phase,
                              deelnemers: deelnemers, &random))
        }
        addPredecessors(afnemer: afnemer, from: first, used: &used, into: &lines, &random)
        for index in first..<lines.count {
            lines[index].applicatieversie = version(for: lines[index], &random)
        }
    }

    /// Weighted towards "In productie".
    private func drawPhase(_ random: inout SplitMix64) -> Int {
        random.weighted([(2, 78.0), (3, 5), (4, 5), (1, 6), (0, 6)])
    }

    private func line(
        afnemer: Organisatie, applicatie index: Int, component: Int, phase: Int, deelnemers: [String],
        _ random: inout SplitMix64
    ) -> Gebruik {
        let applicatie = applicaties[index]
        var line = Gebruik(id: "", afnemer: afnemer.id, applicatie: applicatie.id, phase: phase,
                           applicatieIndex: index, component: component)
        line.startDatums = dates(upTo: phase, &random)
        line.referentiecomponenten = [gemma.referentiecomponenten[component].objectID]
        for other in applicatie.componenten where other != component && random.chance(0.3) {
            line.referentiecomponenten.append(gemma.referentiecomponenten[other].objectID)
        }
        let offered = diensten.byApplicatie[index]
        if !offered.isEmpty, random.chance(0.4) {
            line.diensten = random.sample(offered, count: random.chance(0.75) ? 1 : 2).sorted().map { diensten.all[$0].id }
        }
        if !deelnemers.isEmpty {
            line.deelnemers = random.sample(deelnemers, count: random.int(1...deelnemers.count)).sorted()
        }
        if !applicatie.cloudDienstverleningsmodel.isEmpty, random.chance(0.4) {
            line.cloudDienstverleningsmodel = [random.pick(applicatie.cloudDienstverleningsmodel)]
        }
        if random.chance(0.06) {
            line.verwerkingen = random.sample(GebruikTexts.verwerkingen, count: random.int(1...2))
        }
        if random.chance(0.015) {
            line.interneAantekening = GebruikTexts.interneAantekening(peildatum.year, &random)
        }
        return line
    }

    /// Start dates for the phases up to `phase`, increasing, none after the peildatum. The current
    /// phase almost always has a date, earlier ones about half of the time.
    func dates(upTo phase: Int, _ random: inout SplitMix64) -> [Day?] {
        let sinceCurrent: [ClosedRange<Int>] = [0...300, 0...300, 30...4000, 0...700, 0...1800]
        let gapBefore: [ClosedRange<Int>] = [0...0, 30...200, 30...300, 365...4000, 30...700]
        var result: [Day?] = Array(repeating: nil, count: 5)
        var day = peildatum - random.int(sinceCurrent[phase])
        for current in stride(from: phase, through: 0, by: -1) {
            let record = current == phase ? random.chance(0.95) : random.chance(0.45)
            if record { result[current] = day }
            day = day - random.int(gapBefore[current])
        }
        return result
    }

    /// Products that were taken over linger in some landscapes as Uitgefaseerd next to their successor.
    private func addPredecessors(
        afnemer: Organisatie, from first: Int, used: inout Set<Int>, into lines: inout [Gebruik], _ random: inout SplitMix64
    ) {
        for index in first..<lines.count where lines[index].phase == 2 {
            guard let olds = market.predecessors[lines[index].applicatieIndex], random.chance(0.25) else { continue }
            let old = random.pick(olds)
            guard used.insert(old).inserted else { continue }
            var line = line(afnemer: afnemer, applicatie: old, component: lines[index].component, phase: 4,
                            deelnemers: lines[index].deelnemers, &random)
            line.deelnemers = lines[index].deelnemers
            lines.append(line)
        }
    }

    /// The version in use for a line: the newest usable one when coming in, an older one when going out.
    private func version(for line: Gebruik, _ random: inout SplitMix64) -> String? {
        let own = versies.byApplicatie[line.applicatieIndex]
        guard !own.isEmpty, random.chance(0.7) else { return nil }
        let usable = own.filter { versies.all[$0].status != "in ontwikkeling" }
        guard let newest = usable.last else { return nil }
        let chosen = line.phase >= 3 ? (usable.first ?? newest) : (random.chance(0.75) ? newest : random.pick(usable))
        return versies.all[chosen].id
    }
}
