/// Every afnemer's application landscape: ~150–200 gebruik lines per gemeente at scale 1 (fewer
/// below 1), ~10–30 per samenwerking, spread over many referentiecomponenten.
struct Landschappen {
    /// One afnemer and its lines.
    struct Landschap {
        var afnemer: Organisatie
        /// Indices into `lines`.
        var lines: Range<Int>
    }

    var lines: [Gebruik]
    var landschappen: [Landschap]

    static func make(
        _ counts: DemoCounts, peildatum: Day, organisaties: Organisaties, gemma: GemmaIndex,
        applicaties: Applicaties, versies: Applicatieversies, diensten: Diensten, seed: UInt64
    ) -> Landschappen {
        var random = SplitMix64(seed: seed, stream: "gebruik")
        let market = Market(applicaties: applicaties.all, componentCount: gemma.referentiecomponenten.count,
                            componentNames: gemma.referentiecomponenten.map(\.naam), &random)
        let builder = LandschapBuilder(
            peildatum: peildatum, gemma: gemma, applicaties: applicaties.all, versies: versies,
            diensten: diensten, market: market)
        var result = Landschappen(lines: [], landschappen: [])
        for gemeente in organisaties.gemeenten {
            let start = result.lines.count
            let count = random.int(counts.gebruikPerGemeente)
            builder.landscape(for: gemeente, lines: count, deelnemers: [], into: &result.lines, &random)
            result.landschappen.append(Landschap(afnemer: gemeente, lines: start..<result.lines.count))
        }
        for (index, samenwerking) in organisaties.samenwerkingen.enumerated() where samenwerking.isActief {
            let start = result.lines.count
            let leden = organisaties.leden[index].map { organisaties.gemeenten[$0].id }
            let count = random.int(counts.gebruikPerSamenwerking)
            builder.landscape(for: samenwerking, lines: count, deelnemers: leden, into: &result.lines, &random)
            result.landschappen.append(Landschap(afnemer: samenwerking, lines: start..<result.lines.count))
        }
        let maker = IdMaker("geb", minimumWidth: 6, count: result.lines.count)
        for index in result.lines.indices { result.lines[index].id = maker.id(index) }
        return result
    }
}

/// Which applicaties gemeenten pick for a referentiecomponent: products of big suppliers more
/// often, `Concept` products rarely, `Gedepubliceerd` ones never (they only linger as Uitgefaseerd).
struct Market {
    /// Per referentiecomponent: the applicaties offered for it, weighted.
    let offers: [WeightedTable<Int>]
    /// Referentiecomponenten that have offers, weighted by how common they are in landscapes.
    let components: WeightedTable<Int>
    /// Applicatie index → gedepubliceerde applicaties merged into it.
    let predecessors: [Int: [Int]]

    private static let coreWords = [
        "zaak", "burgerzaken", "financ", "belasting", "document", "kantoorautomatisering", "salaris",
        "personeel", "klant", "webcontent", "geo", "archief", "woz", "vergunning", "wmo", "jeugd", "inkomen",
        "bag", "bgt", "mijngemeente", "e-formulieren",
    ]

    init(applicaties: [Applicatie], componentCount: Int, componentNames: [String], _ random: inout SplitMix64) {
        var perSupplier: [String: Int] = [:]
        for applicatie in applicaties { perSupplier[applicatie.aanbieder, default: 0] += 1 }
        var items = Array(repeating: [Int](), count: componentCount)
        var weights = Array(repeating: [Double](), count: componentCount)
        var predecessors: [Int: [Int]] = [:]
        var byId: [String: Int] = [:]
        for (index, applicatie) in applicaties.enumerated() { byId[applicatie.id] = index }
        for (index, applicatie) in applicaties.enumerated() {
            if applicatie.status == "Gedepubliceerd" {
                if let successor = applicatie.opgegaanIn.flatMap({ byId[$0] }) { predecessors[successor, default: []].append(index) }
                continue
            }
            let size = Double(perSupplier[applicatie.aanbieder] ?? 1).squareRoot()
            let weight = size * (0.2 + random.unit()) * (applicatie.status == "Concept" ? 0.1 : 1)
            for component in applicatie.componenten {
                items[component].append(index)
                weights[component].append(weight)
            }
        }
        offers = zip(items, weights).map { WeightedTable($0, weights: $1) }
        let offered = (0..<componentCount).filter { !items[$0].isEmpty }
        components = WeightedTable(offered, weights: offered.map { component in
            let lower = componentNames[component].lowercased()
            let core = Market.coreWords.contains { lower.contains($0) }
            return (core ? 3 : 0.3) + random.unit()
        })
        self.predecessors = predecessors
    }
}
