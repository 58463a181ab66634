import Insight
import Mustache
import SVG

/// What `statistieken.mustache` sees: the national charts, each with its table, and on the
/// `gemeenten` site the charts per provincie and size class as well.
enum StatistiekenViewModel {
    /// How many bars the overview charts show; the full lists are in the tables and on the table page.
    static let top = 15
    /// How many components get a market-share chart of their own, and how many applicaties each shows.
    static let marktComponenten = 6
    static let marktApplicaties = 5

    static func make(_ s: NationalStatistics, gemeenten: GemeenteStatistics?, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let componentURL = { (id: String) in index.urls.url(.referentiecomponenten, id) }
        let applicatieURL = { (id: String) in index.urls.url(.applicaties, id) }
        let offered = Array(s.components.prefix(top))
        let componenten = StatistiekenGrafiek(
            id: "grafiek-componenten", titel: "Applicaties per referentiecomponent",
            uitleg: "De \(offered.count) referentiecomponenten met de meeste applicaties in de catalogus.",
            bars: offered.map { BarChart.Bar(label: $0.naam, value: Double($0.applicaties), valueText: Format.number($0.applicaties)) },
            kolommen: ["Referentiecomponent", "Applicaties", "Organisaties die er een gebruiken"],
            rijen: offered.map { .init(kop: $0.naam, url: componentURL($0.id), cellen: [Format.number($0.applicaties), Format.number($0.organisaties)]) })

        let used = s.components.filter { $0.organisaties > 0 }
            .sorted { ($1.organisaties, $0.naam, $0.id) < ($0.organisaties, $1.naam, $1.id) }.prefix(marktComponenten)
        let markt = used.enumerated().map { number, c -> MustacheValue in
            let shown = Array(c.shares.prefix(marktApplicaties))
            let grafiek = StatistiekenGrafiek(
                id: "grafiek-aandeel-\(number + 1)", titel: "Meest gebruikt voor \(c.naam)",
                uitleg: "Aandeel van de \(Format.number(c.organisaties)) organisaties die \(c.naam) gebruiken, per applicatie.",
                bars: shown.map { t in
                    BarChart.Bar(label: t.naam, value: fraction(t.count, of: c.organisaties),
                                 valueText: "\(StatistiekenText.percent(fraction(t.count, of: c.organisaties))) (\(Format.number(t.count)))")
                }, scale: 1,
                kolommen: ["Applicatie", "Organisaties", "Aandeel"],
                rijen: shown.map { .init(kop: $0.naam, url: applicatieURL($0.key), cellen: [Format.number($0.count), StatistiekenText.percent(fraction($0.count, of: c.organisaties))]) })
            return .object(["naam": .string(c.naam), "url": .text(componentURL(c.id)), "organisaties": .string(Format.number(c.organisaties)),
                            "applicaties": .string(Format.number(c.shares.count)), "grafiek": grafiek.value])
        }

        let leveranciers = Array(s.leveranciers.prefix(top))
        let totaal = s.organisaties
        var value: [String: MustacheValue] = [
            "peildatum": .text(index.catalogus.info.peildatum.map(StatistiekenText.date)),
            "organisaties": .string(Format.number(s.organisaties)),
            "regels": .string(Format.number(s.regels)),
            "aantal_componenten": .string(Format.number(s.components.count)),
            "tabel_url": .string(Statistieken.tabelURL),
            "componenten": componenten.value,
            "marktaandeel": .list(markt),
            "leveranciers": StatistiekenGrafiek(
                id: "grafiek-leveranciers", titel: "Leveranciers naar aantal organisaties",
                uitleg: "De \(leveranciers.count) leveranciers van wie de meeste organisaties een applicatie gebruiken, als deel van alle \(Format.number(totaal)) organisaties met een landschap.",
                kolom: "Leverancier", telling: "Organisaties", tallies: leveranciers, total: totaal,
                url: { index.urls.url(.leveranciers, $0.key) }).value,
            "aantal_leveranciers": .string(Format.number(s.leveranciers.count)),
            "einde": s.eindeOndersteuning.map { .object(eindeOndersteuning($0)) } ?? .null,
            "gemeenten": gemeenten.map { .object(groups($0)) } ?? .null,
        ]
        let applicaties = index.live.applicaties.count
        for (key, titel, split, naam) in [
            ("cloud", "Cloudmodel", s.cloud, StatistiekenText.cloud),
            ("hosting", "Hostinglocatie", s.hostingLocatie, StatistiekenText.regio),
            ("jurisdictie", "Jurisdictie van de hosting", s.hostingJurisdictie, StatistiekenText.regio),
            ("licentie", "Licentie", s.licentie, StatistiekenText.licentie),
        ] as [(String, String, NationalStatistics.Split, (String) -> String)] {
            value[key + "_aanbod"] = StatistiekenGrafiek(
                id: "grafiek-\(key)-aanbod", titel: "\(titel) van de applicaties",
                uitleg: "Van de \(Format.number(applicaties)) applicaties in de catalogus.", kolom: titel, telling: "Applicaties",
                tallies: split.aanbod, total: applicaties, naam: { naam($0.key) }).value
            value[key + "_gebruik"] = StatistiekenGrafiek(
                id: "grafiek-\(key)-gebruik", titel: "\(titel) in gebruik",
                uitleg: "Van de \(Format.number(s.regels)) regels in gebruik in de landschappen van gemeenten en samenwerkingen.", kolom: titel, telling: "Regels in gebruik",
                tallies: split.gebruik, total: s.regels, naam: { naam($0.key) }).value
        }
        return value
    }

    private static func eindeOndersteuning(_ e: EndOfSupport) -> [String: MustacheValue] {
        let label = { (p: EndOfSupport.Period) in "\(StatistiekenText.date(p.start)) t/m \(StatistiekenText.date(p.end))" }
        let grafiek = StatistiekenGrafiek(
            id: "grafiek-einde", titel: "Versies waarvan de ondersteuning stopt",
            uitleg: "Per drie maanden vanaf de peildatum \(StatistiekenText.date(e.peildatum)): versies waarvan de ondersteuning in die periode stopt.",
            bars: e.periods.map { p in
                BarChart.Bar(label: label(p), value: Double(p.versies),
                             valueText: "\(Format.number(p.versies)) versies, \(Format.number(p.inGebruik))× in gebruik")
            },
            kolommen: ["Periode", "Versies", "Applicaties", "Keer in gebruik"],
            rijen: e.periods.map { .init(kop: label($0), url: nil, cellen: [Format.number($0.versies), Format.number($0.applicaties), Format.number($0.inGebruik)]) })
        return ["grafiek": grafiek.value, "verlopen_versies": .string(Format.number(e.verlopenVersies)),
                "verlopen_in_gebruik": .string(Format.number(e.verlopenInGebruik)), "heeft_verlopen": .bool(e.verlopenVersies > 0)]
    }

    /// Per provincie and per size class: the average number of applicaties and the cloud share.
    static func groups(_ g: GemeenteStatistics) -> [String: MustacheValue] {
        var value: [String: MustacheValue] = [:]
        for (key, titel, groups, naam) in [
            ("provincie", "provincie", g.perProvincie, StatistiekenText.provincie),
            ("grootte", "grootteklasse", g.perGrootte, StatistiekenText.grootte),
        ] as [(String, String, [GemeenteStatistics.Group], (String) -> String)] {
            let rijen = groups.map { group in
                StatistiekenGrafiek.Rij(kop: naam(group.key), url: nil, cellen: [
                    Format.number(group.gemeenten), Format.number(group.metLandschap), Format.decimal(group.gemiddeldAantalApplicaties),
                    group.cloudAandeel.map(StatistiekenText.percent) ?? "–",
                ])
            }
            let kolommen = [titel.prefix(1).uppercased() + titel.dropFirst(), "Gemeenten", "Met een landschap", "Gemiddeld aantal applicaties", "Aandeel cloud"]
            value[key + "_applicaties"] = StatistiekenGrafiek(
                id: "grafiek-\(key)-applicaties", titel: "Gemiddeld aantal applicaties per gemeente, per \(titel)",
                uitleg: "Applicaties in gebruik, gemiddeld over de gemeenten met een landschap.",
                bars: groups.map { BarChart.Bar(label: naam($0.key), value: $0.gemiddeldAantalApplicaties, valueText: Format.decimal($0.gemiddeldAantalApplicaties)) },
                kolommen: kolommen, rijen: rijen).value
            value[key + "_cloud"] = StatistiekenGrafiek(
                id: "grafiek-\(key)-cloud", titel: "Aandeel cloud per \(titel)",
                uitleg: "Regels in gebruik met IaaS, PaaS of SaaS, als deel van de regels waarvan het cloudmodel bekend is.",
                bars: groups.map { BarChart.Bar(label: naam($0.key), value: $0.cloudAandeel ?? 0, valueText: $0.cloudAandeel.map(StatistiekenText.percent) ?? "niet bekend") },
                // The table under the first chart has these numbers too.
                scale: 1, kolommen: kolommen, rijen: []).value
        }
        return value
    }
}
