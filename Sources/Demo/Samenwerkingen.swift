/// Invented samenwerkingen (gemeenschappelijke regelingen and the like) of gemeenten in one province.
enum Samenwerkingen {
    /// Samenwerkingen with their member gemeenten; adds the deelnames to `gemeenten`.
    static func make(
        count: Int, ids: (Int) -> String, gemeenten: inout [Organisatie], _ random: inout SplitMix64
    ) -> (samenwerkingen: [Organisatie], leden: [[Int]]) {
        var byProvincie: [String: [Int]] = [:]
        for (index, gemeente) in gemeenten.enumerated() {
            byProvincie[gemeente.provincie ?? "", default: []].append(index)
        }
        var combinations: [(region: String, provincie: String, prefix: String, kind: String)] = []
        for region in RegionNames.regions {
            for kind in RegionNames.samenwerkingKinds {
                combinations.append((region.0, region.1, kind.0, kind.1))
            }
        }
        random.shuffle(&combinations)

        var samenwerkingen: [Organisatie] = []
        var leden: [[Int]] = []
        for index in 0..<count {
            let combination = combinations[index % combinations.count]
            let lap = index / combinations.count
            let naam = "\(combination.prefix) \(combination.region)" + (lap > 0 ? " \(lap + 1)" : "")
            let candidates = byProvincie[combination.provincie] ?? []
            let members = random.sample(candidates, count: random.int(2...8)).sorted()

            var samenwerking = Organisatie(id: ids(index), naam: naam, type: "Samenwerking", domain: demoDomain(naam))
            samenwerking.provincie = combination.provincie
            samenwerking.samenwerkingtype = combination.kind
            samenwerking.website = "https://www.\(samenwerking.domain)/"
            samenwerking.emailadres = "info@\(samenwerking.domain)"
            samenwerking.beschrijvingKort =
                "\(naam) is een verzonnen \(combination.kind.lowercased()) van \(members.count) gemeenten in \(combination.provincie)."
            if random.chance(0.3) {
                samenwerking.beschrijvingLang = description(naam, members: members.map { gemeenten[$0].naam })
            }
            for member in members {
                gemeenten[member].deelnames.append(samenwerking.id)
            }
            samenwerkingen.append(samenwerking)
            leden.append(members)
        }
        // One samenwerking merged into another: exercises `Deactief` and `opgegaanIn`.
        if samenwerkingen.count >= 4 {
            let last = samenwerkingen.count - 1
            samenwerkingen[last].status = "Deactief"
            samenwerkingen[last].opgegaanIn = samenwerkingen[0].id
        }
        return (samenwerkingen, leden)
    }

    private static func description(_ naam: String, members: [String]) -> String {
        var lines = ["\(naam) voert taken uit voor de deelnemende gemeenten:", ""]
        lines += members.map { "- \($0)" }
        lines += ["", "De gemeenten delen hun applicatielandschap en besteden samen aan."]
        return lines.joined(separator: "\n")
    }
}
