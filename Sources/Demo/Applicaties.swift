/// The invented applicaties, grouped per supplier. Big suppliers offer many products, most offer a
/// few, some offer only diensten. About 3% are `Concept` (registered by a gemeente on the
/// supplier's behalf) and about 1% `Gedepubliceerd`: the products of suppliers that were taken over,
/// each merged into a product of the buyer.
struct Applicaties {
    var all: [Applicatie]
    /// Suppliers that offer diensten only (indices into `Organisaties.leveranciers`).
    var dienstverleners: [Int]

    static func make(
        _ counts: DemoCounts, organisaties: Organisaties, contactpersonen: Contactpersonen,
        gemma: GemmaIndex, seed: UInt64
    ) -> Applicaties {
        var random = SplitMix64(seed: seed, stream: "applicaties")
        let leveranciers = organisaties.leveranciers
        let plan = plan(counts.applicaties, leveranciers: leveranciers, &random)
        let maker = IdMaker("app", minimumWidth: 5, count: plan.perLeverancier.reduce(0, +))
        let componentNouns = gemma.referentiecomponenten.map { ProductNames.noun(forReferentiecomponent: $0.naam) }
        var usedNames: Set<String> = []
        var all: [Applicatie] = []

        for (index, leverancier) in leveranciers.enumerated() where plan.perLeverancier[index] > 0 {
            let count = plan.perLeverancier[index]
            // Products of one supplier cover different referentiecomponenten before any repeats.
            let focusSize = min(gemma.referentiecomponenten.count, max(2, count * 3 / 4 + random.int(0...3)))
            let focus = random.sample(Array(gemma.referentiecomponenten.indices), count: focusSize)
            let firstOfSupplier = all.count
            for position in 0..<count {
                let main = focus[position % focus.count]
                let extra = random.sample(focus.filter { $0 != main }, count: random.weighted([(0, 60.0), (1, 30), (2, 10)]))
                let componenten = [main] + extra
                let openSource = random.chance(0.18)
                let naam = ProductNames.make(
                    brand: leverancier.brand ?? leverancier.naam, noun: componentNouns[main],
                    openSource: openSource, used: &usedNames, &random)
                var applicatie = Applicatie(
                    id: maker.id(all.count), naam: naam,
                    beschrijvingKort: ApplicatieTexts.kort(
                        naam: naam, noun: componentNouns[main],
                        referentiecomponent: gemma.referentiecomponenten[main].naam, &random),
                    aanbieder: leverancier.id)
                applicatie.componenten = componenten
                applicatie.licentietype = openSource ? "Open source" : "Closed source"
                if random.chance(0.6) {
                    applicatie.beschrijvingLang = ApplicatieTexts.lang(
                        naam: naam, noun: componentNouns[main], aanbieder: leverancier.naam, &random)
                }
                ApplicatieDetails.fill(
                    &applicatie, technical: ApplicatieDetails.isTechnical(gemma.referentiecomponenten[main].naam),
                    domain: leverancier.domain, &random)
                if let people = contactpersonen.byOrganisatie[leverancier.id] {
                    let person = random.chance(0.7) ? people[0] : random.pick(people)
                    applicatie.contactpersoon = contactpersonen.all[person].id
                }
                switch leverancier.status {
                case "Deactief": applicatie.status = "Gedepubliceerd"
                case "Concept": applicatie.status = "Concept"
                default: break
                }
                // A module of a suite: points at an earlier product of the same supplier.
                if all.count > firstOfSupplier + 1, random.chance(0.05) {
                    let suite = random.int(firstOfSupplier...(all.count - 1))
                    if all[suite].onderdeelVan.isEmpty { applicatie.onderdeelVan = [all[suite].id] }
                }
                all.append(applicatie)
            }
        }
        markConcept(&all, share: 0.03, gemeenten: organisaties.gemeenten, &random)
        mergeDepublished(&all, leveranciers: leveranciers, &random)
        cover(&all, componentCount: gemma.referentiecomponenten.count, &random)
        for index in all.indices {
            all[index].referentiecomponenten = all[index].componenten.map { gemma.referentiecomponenten[$0].objectID }
        }
        return Applicaties(all: all, dienstverleners: plan.dienstverleners)
    }
}
