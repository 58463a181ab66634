/// Invented suppliers. A few are `Deactief` (taken over: `opgegaanIn` the buyer) or `Concept`
/// (newly registered, not yet approved).
enum Leveranciers {
    static func make(count: Int, ids: (Int) -> String, _ random: inout SplitMix64) -> [Organisatie] {
        var usedBrands: Set<String> = []
        var result: [Organisatie] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let (brand, base) = uniqueBrand(&usedBrands, &random)
            let (before, after) = random.weighted(CompanyNames.legalForms)
            let naam = [before, base, after].filter { !$0.isEmpty }.joined(separator: " ")
            var leverancier = Organisatie(id: ids(index), naam: naam, type: "Leverancier", domain: demoDomain(brand))
            leverancier.brand = brand
            leverancier.website = "https://www.\(leverancier.domain)/"
            leverancier.emailadres = "info@\(leverancier.domain)"
            if random.chance(0.6) { leverancier.telefoonnummer = fictionalPhoneNumber(&random) }
            if random.chance(0.85) { leverancier.kvkNummer = "00" + String(random.int(100_000...999_999)) }
            let specialisme = random.pick(CompanyNames.specialismen)
            leverancier.beschrijvingKort = "\(brand) levert software en diensten aan gemeenten, vooral voor \(specialisme)."
            if random.chance(0.4) {
                leverancier.beschrijvingLang = longDescription(brand: brand, specialisme: specialisme, &random)
            }
            result.append(leverancier)
        }
        markInactive(&result, &random)
        return result
    }

    /// A brand no other supplier has, and the company name built on it (without legal form).
    private static func uniqueBrand(_ used: inout Set<String>, _ random: inout SplitMix64) -> (String, String) {
        for _ in 0..<40 {
            let candidate: (String, String)
            switch random.weightedIndex([55, 20, 25]) {
            case 0:
                let brand = random.pick(CompanyNames.stems) + random.pick(CompanyNames.tails)
                candidate = (brand, random.chance(0.35) ? brand + " " + random.pick(CompanyNames.sectors) : brand)
            case 1:
                let (tussenvoegsel, achternaam) = random.pick(PersonNames.achternamen)
                let family = tussenvoegsel.map { capitalized($0) + " " + achternaam } ?? achternaam
                candidate = (family, family + " " + random.pick(CompanyNames.sectors))
            default:
                let letters = Array("ABCDEFGHIJKLMNOPRSTVW")
                let brand = String((0..<3).map { _ in random.pick(letters) })
                candidate = (brand, brand + " " + random.pick(CompanyNames.sectors))
            }
            if used.insert(candidate.0).inserted { return candidate }
        }
        var number = used.count
        while true {
            let brand = random.pick(CompanyNames.stems) + random.pick(CompanyNames.tails) + " \(number)"
            if used.insert(brand).inserted { return (brand, brand) }
            number += 1
        }
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func longDescription(brand: String, specialisme: String, _ random: inout SplitMix64) -> String {
        let founded = random.int(1985...2021)
        let employees = random.int(8...900)
        var text = "\(brand) is opgericht in \(founded) en werkt met zo'n \(employees) medewerkers voor gemeenten, "
        text += "waterschappen en provincies.\n\nWe richten ons op \(specialisme). Onze uitgangspunten:\n\n"
        text += "- standaarden uit de GEMMA en Common Ground\n- open API's en documentatie\n- hosting in Nederland\n"
        return text
    }

    /// About 1% `Deactief` (taken over by an active supplier) and 1% `Concept`; at least one of each.
    private static func markInactive(_ leveranciers: inout [Organisatie], _ random: inout SplitMix64) {
        guard leveranciers.count >= 6 else { return }
        let wanted = max(1, leveranciers.count / 100)
        let chosen = random.sample(Array(1..<leveranciers.count), count: 2 * wanted)
        for (position, index) in chosen.enumerated() {
            leveranciers[index].status = position < wanted ? "Deactief" : "Concept"
        }
        let active = leveranciers.indices.filter { leveranciers[$0].isActief }
        for index in chosen.prefix(wanted) {
            let buyer = leveranciers[random.pick(active)]
            leveranciers[index].opgegaanIn = buyer.id
            leveranciers[index].beschrijvingKort = "Overgenomen door \(buyer.naam); de producten vallen nu onder die leverancier."
        }
    }
}
