/// Invented diensten: most from the supplier of the applicaties they serve, the rest from pure
/// service providers (hosting, beheer, opleidingen) for other suppliers' products.
struct Diensten {
    var all: [Dienst]
    /// Applicatie index → indices into `all` of diensten that serve it.
    var byApplicatie: [[Int]]

    static func make(
        _ counts: DemoCounts, organisaties: Organisaties, applicaties: Applicaties,
        contactpersonen: Contactpersonen, seed: UInt64
    ) -> Diensten {
        var random = SplitMix64(seed: seed, stream: "diensten")
        let leveranciers = organisaties.leveranciers
        var own: [String: [Int]] = [:]
        var published: [Int] = []
        for (index, applicatie) in applicaties.all.enumerated() where applicatie.status == "Gepubliceerd" {
            own[applicatie.aanbieder, default: []].append(index)
            published.append(index)
        }
        let suppliersWithProducts = leveranciers.indices.filter { own[leveranciers[$0].id] != nil }
        let providers = applicaties.dienstverleners.filter { leveranciers[$0].isActief }
        let maker = IdMaker("dst", minimumWidth: 4, count: counts.diensten)
        var result = Diensten(all: [], byApplicatie: Array(repeating: [], count: applicaties.all.count))
        var usedNames: Set<String> = []
        guard !published.isEmpty, !suppliersWithProducts.isEmpty else { return result }

        for index in 0..<counts.diensten {
            let kind = DienstTypes.all[random.weightedIndex(DienstTypes.all.map(\.weight))]
            let fromProvider = !providers.isEmpty && random.chance(0.35)
            let supplier = leveranciers[fromProvider ? random.pick(providers) : random.pick(suppliersWithProducts)]
            let pool = fromProvider ? published : own[supplier.id] ?? published
            let served = random.sample(pool, count: random.weighted([(1, 60.0), (2, 25), (3, 15)]))
            let subject = served.count == 1 ? applicaties.all[served[0]].naam : (supplier.brand ?? supplier.naam)
            var naam = "\(kind.type) \(subject)"
            if fromProvider { naam += " door \(supplier.brand ?? supplier.naam)" }
            var number = 2
            let base = naam
            while !usedNames.insert(naam).inserted {
                naam = "\(base) (\(number))"
                number += 1
            }
            var dienst = Dienst(id: maker.id(index), naam: naam, aanbieder: supplier.id, type: kind.type)
            dienst.beschrijvingKort = kind.beschrijving
            if random.chance(0.25) {
                dienst.beschrijvingLang = "\(kind.beschrijving)\n\n**Inbegrepen:**\n\n- vast aanspreekpunt\n- rapportage per kwartaal\n- \(random.pick(["24/7 storingsdienst", "responstijd binnen 4 uur", "jaarlijkse evaluatie"]))\n"
            }
            dienst.website = "https://www.\(supplier.domain)/diensten/\(slug(kind.type))"
            dienst.applicaties = served.sorted().map { applicaties.all[$0].id }
            dienst.contactpersoon = contactpersonen.aanspreekpunt(of: supplier.id)
            for applicatie in served { result.byApplicatie[applicatie].append(result.all.count) }
            result.all.append(dienst)
        }
        return result
    }
}
