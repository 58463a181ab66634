extension Applicaties {
    /// Turns about `share` of the published applicaties into `Concept`, each registered by a gemeente;
    /// applicaties of `Concept` suppliers get a registering gemeente too.
    static func markConcept(_ all: inout [Applicatie], share: Double, gemeenten: [Organisatie], _ random: inout SplitMix64) {
        let wanted = Int((Double(all.count) * share).rounded())
        var concept = all.filter { $0.status == "Concept" }.count
        let published = all.indices.filter { all[$0].status == "Gepubliceerd" && all[$0].onderdeelVan.isEmpty }
        for index in random.sample(published, count: max(0, wanted - concept)) {
            all[index].status = "Concept"
            concept += 1
        }
        for index in all.indices where all[index].status == "Concept" {
            all[index].geregistreerdDoor = random.pick(gemeenten).id
        }
    }

    /// Each product of a taken-over supplier merges into a product of the buyer, preferably one
    /// for the same referentiecomponent.
    static func mergeDepublished(_ all: inout [Applicatie], leveranciers: [Organisatie], _ random: inout SplitMix64) {
        var buyerOf: [String: String] = [:]
        for leverancier in leveranciers { if let buyer = leverancier.opgegaanIn { buyerOf[leverancier.id] = buyer } }
        var published: [String: [Int]] = [:]
        for (index, applicatie) in all.enumerated() where applicatie.status == "Gepubliceerd" {
            published[applicatie.aanbieder, default: []].append(index)
        }
        for index in all.indices where all[index].status == "Gedepubliceerd" {
            guard let buyer = buyerOf[all[index].aanbieder], let candidates = published[buyer] else { continue }
            let main = all[index].componenten.first
            let sameKind = candidates.filter { all[$0].componenten.first == main }
            all[index].opgegaanIn = all[random.pick(sameKind.isEmpty ? candidates : sameKind)].id
        }
    }

    /// Gives every referentiecomponent at least one published applicatie, when there are enough
    /// applicaties, so every GEMMA page of the demo has something to show.
    static func cover(_ all: inout [Applicatie], componentCount: Int, _ random: inout SplitMix64) {
        var covered = Array(repeating: false, count: componentCount)
        var open: [Int] = []
        for (index, applicatie) in all.enumerated() where applicatie.status == "Gepubliceerd" {
            for component in applicatie.componenten { covered[component] = true }
            if applicatie.componenten.count < 3 { open.append(index) }
        }
        random.shuffle(&open)
        for component in 0..<componentCount where !covered[component] {
            guard let index = open.popLast() else { return }
            all[index].componenten.append(component)
        }
    }
}
