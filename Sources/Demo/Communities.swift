/// Invented communities: user groups around a large supplier's products and thematic networks.
/// Gemeenten and some suppliers take part (their `deelnames`).
enum Communities {
    static func make(
        count: Int, ids: (Int) -> String,
        gemeenten: inout [Organisatie], leveranciers: inout [Organisatie], _ random: inout SplitMix64
    ) -> [Organisatie] {
        var result: [Organisatie] = []
        let themes = RegionNames.communityThemes
        let userGroupBrands = leveranciers.filter(\.isActief).prefix(count / 2).compactMap(\.brand)
        for index in 0..<count {
            let naam: String
            let isUserGroup = index < userGroupBrands.count
            if isUserGroup {
                naam = "Gebruikersgroep \(userGroupBrands[index])"
            } else {
                let theme = index - userGroupBrands.count
                naam = themes[theme % themes.count] + (theme >= themes.count ? " \(theme / themes.count + 1)" : "")
            }
            var community = Organisatie(id: ids(index), naam: naam, type: "Community", domain: demoDomain(naam))
            community.website = "https://www.\(community.domain)/"
            community.emailadres = "contact@\(community.domain)"
            community.beschrijvingKort = isUserGroup
                ? "Verzonnen gebruikersgroep waarin gemeenten ervaringen met de producten van \(userGroupBrands[index]) delen."
                : "Verzonnen netwerk van gemeenten en leveranciers rond \(naam.lowercased())."
            for member in random.sample(Array(gemeenten.indices), count: max(2, gemeenten.count * random.int(5...25) / 100)).sorted() {
                gemeenten[member].deelnames.append(community.id)
            }
            if !isUserGroup {
                let suppliers = random.sample(Array(leveranciers.indices), count: max(1, leveranciers.count / 50))
                for member in suppliers.sorted() where leveranciers[member].isActief {
                    leveranciers[member].deelnames.append(community.id)
                }
            }
            result.append(community)
        }
        return result
    }
}
