extension Organisaties {
    /// All organisations for `counts`. Ids are given out per group in the order of `all`.
    static func make(_ counts: DemoCounts, seed: UInt64) -> Organisaties {
        var random = SplitMix64(seed: seed, stream: "organisaties")
        let opgehevenCount = OpgehevenGemeente.all.count
        let total = counts.gemeenten + opgehevenCount + counts.samenwerkingen + counts.communities + counts.leveranciers
        let maker = IdMaker("org", minimumWidth: 4, count: total)
        let gemeentenStart = 0
        let opgehevenStart = gemeentenStart + counts.gemeenten
        let samenwerkingenStart = opgehevenStart + opgehevenCount
        let communitiesStart = samenwerkingenStart + counts.samenwerkingen
        let leveranciersStart = communitiesStart + counts.communities

        var gemeenten = Gemeenten.make(count: counts.gemeenten, ids: { maker.id(gemeentenStart + $0) }, &random)
        let opgeheven = Gemeenten.opgeheven(ids: { maker.id(opgehevenStart + $0) }, gemeenten: gemeenten)
        var leveranciers = Leveranciers.make(count: counts.leveranciers, ids: { maker.id(leveranciersStart + $0) }, &random)
        let (samenwerkingen, leden) = Samenwerkingen.make(
            count: counts.samenwerkingen, ids: { maker.id(samenwerkingenStart + $0) }, gemeenten: &gemeenten, &random)
        let communities = Communities.make(
            count: counts.communities, ids: { maker.id(communitiesStart + $0) },
            gemeenten: &gemeenten, leveranciers: &leveranciers, &random)
        return Organisaties(
            gemeenten: gemeenten, opgeheven: opgeheven, samenwerkingen: samenwerkingen,
            communities: communities, leveranciers: leveranciers, leden: leden)
    }
}
