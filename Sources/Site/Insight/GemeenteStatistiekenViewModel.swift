import CatalogusModel
import Insight
import Mustache
import SVG

/// What `statistieken-gemeente.mustache` sees (`gemeenten` site only): one gemeente's landscape
/// next to the averages of its provincie, its size class and all gemeenten, and how common each
/// of its choices is nationally.
enum GemeenteStatistiekenViewModel {
    /// How many of a gemeente's least common choices its page lists.
    static let listed = 25

    static func make(_ o: Organisatie, _ profile: GemeenteStatistics.Profile, _ g: GemeenteStatistics, _ national: NationalStatistics,
                     _ index: CatalogueIndex, landelijk: String?) -> [String: MustacheValue] {
        // Without a provincie there is no group of its own to compare with.
        let provincie = profile.provincie.flatMap { naam in g.perProvincie.first { $0.key == naam } }
        let grootte = g.sizeGroup(of: profile)
        let groups: [(String, GemeenteStatistics.Group?)] = [
            ("Gemiddelde in de provincie \(profile.provincie ?? "")", provincie),
            ("Gemiddelde bij \(StatistiekenText.grootte(GemeenteStatistics.SizeClass.of(profile.inwonertal).rawValue).lowercased())", grootte),
            ("Gemiddelde van alle gemeenten", g.landelijk),
        ]
        let compared = groups.compactMap { naam, group in group.map { (naam, $0) } }
        let applicaties = StatistiekenGrafiek(
            id: "grafiek-gemeente-applicaties", titel: "Aantal applicaties in gebruik",
            uitleg: "\(o.naam) naast het gemiddelde van vergelijkbare gemeenten.",
            bars: [BarChart.Bar(label: o.naam, value: Double(profile.applicaties), valueText: Format.number(profile.applicaties), emphasis: true)]
                + compared.map { BarChart.Bar(label: $0.0, value: $0.1.gemiddeldAantalApplicaties, valueText: Format.decimal($0.1.gemiddeldAantalApplicaties)) },
            kolommen: ["", "Applicaties in gebruik", "Aandeel cloud"],
            rijen: [.init(kop: o.naam, url: nil, cellen: [Format.number(profile.applicaties), profile.cloudAandeel.map(StatistiekenText.percent) ?? "niet bekend"])]
                + compared.map { .init(kop: $0.0, url: nil, cellen: [Format.decimal($0.1.gemiddeldAantalApplicaties), $0.1.cloudAandeel.map(StatistiekenText.percent) ?? "niet bekend"]) })
        let cloud = StatistiekenGrafiek(
            id: "grafiek-gemeente-cloud", titel: "Aandeel cloud",
            uitleg: "Regels in gebruik met IaaS, PaaS of SaaS, als deel van de regels waarvan het cloudmodel bekend is.",
            bars: [BarChart.Bar(label: o.naam, value: profile.cloudAandeel ?? 0, valueText: profile.cloudAandeel.map(StatistiekenText.percent) ?? "niet bekend", emphasis: true)]
                + compared.map { BarChart.Bar(label: $0.0, value: $0.1.cloudAandeel ?? 0, valueText: $0.1.cloudAandeel.map(StatistiekenText.percent) ?? "niet bekend") },
            scale: 1, kolommen: [], rijen: [])

        let keuzes = Keuze.of(index.catalogus.gebruik, at: index.gebruikPerAfnemer[o.id] ?? [], national)
        let buckets: [(String, (Keuze) -> Bool)] = [
            ("De meest gebruikte voor die referentiecomponent", { $0.rank == 1 }),
            ("Op de tweede of derde plaats", { (2...3).contains($0.rank) }),
            ("Op de vierde plaats of lager", { $0.rank >= 4 }),
        ]
        let others = keuzes.filter { $0.rank > 1 }.sorted {
            ($0.aandeel, $1.rank, $0.referentiecomponent, $0.applicatie) < ($1.aandeel, $0.rank, $1.referentiecomponent, $1.applicatie)
        }.prefix(listed)
        let counted = buckets.map { naam, test in (naam, keuzes.filter(test).count) }
        let gewoon = StatistiekenGrafiek(
            id: "grafiek-gemeente-keuzes", titel: "Hoe gewoon de keuzes van \(o.naam) zijn",
            uitleg: "De \(keuzes.count) combinaties van referentiecomponent en applicatie in gebruik, naar de plaats van de applicatie onder alle organisaties.",
            bars: counted.map { BarChart.Bar(label: $0.0, value: Double($0.1), valueText: "\(Format.number($0.1)) (\(StatistiekenText.percent(fraction($0.1, of: keuzes.count))))") },
            kolommen: ["Plaats", "Keuzes", "Aandeel"],
            rijen: counted.map { .init(kop: $0.0, url: nil, cellen: [Format.number($0.1), StatistiekenText.percent(fraction($0.1, of: keuzes.count))]) })

        return [
            "naam": .string(o.naam),
            "gemeente_url": .text(index.urls.organisatie(o)),
            "landelijk_url": .text(landelijk),
            "peildatum": .text(index.catalogus.info.peildatum.map(StatistiekenText.date)),
            "provincie": .text(profile.provincie),
            "grootte": .string(StatistiekenText.grootte(GemeenteStatistics.SizeClass.of(profile.inwonertal).rawValue)),
            "applicaties": applicaties.value,
            "cloud": cloud.value,
            "gewoon": gewoon.value,
            "aantal_keuzes": .string(Format.number(keuzes.count)),
            "aantal_eerste": .string(Format.number(keuzes.count - others.count)),
            "aantal_andere": .string(Format.number(keuzes.count { $0.rank > 1 })),
            "aantal_getoond": .string(Format.number(others.count)),
            "heeft_andere": .bool(!others.isEmpty),
            // The least common choices only, each with what most use instead, and names without
            // links (the gemeente's own page links them all): a national landscape has some 200
            // choices, and the chart above already counts every one of them.
            "keuzes": .list(others.map { k in
                let leader = national.leader(k.referentiecomponent)
                return .object([
                    "component": .string(index.referentiecomponenten[k.referentiecomponent]?.naam ?? k.referentiecomponent),
                    "applicatie": .string(index.applicaties[k.applicatie]?.naam ?? k.applicatie),
                    "gebruik": .string("\(Format.number(k.organisaties)) van \(Format.number(k.van)) (\(StatistiekenText.percent(k.aandeel)))"),
                    "meest_gebruikt": .string(leader.map { "\($0.naam) (\(StatistiekenText.percent(fraction($0.count, of: k.van))))" } ?? ""),
                ])
            }),
        ]
    }
}
