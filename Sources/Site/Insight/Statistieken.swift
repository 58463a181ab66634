import CatalogusModel
import Diagnostics
import Insight
import Mustache

/// `/statistieken/` (issue 6, item 3): the catalogue in numbers, as charts drawn at build time
/// with the same numbers in tables, and `/statistieken/referentiecomponenten/`, every
/// referentiecomponent in one table. Both are the editor's pages; without `/statistieken/`
/// there are no statistics. On the `gemeenten` site also per provincie and size class, and
/// `/gemeenten/SLUG/statistieken/`: how each gemeente's landscape compares. The public site gets
/// national totals only (`GebruikTotalen`, counts without organisations).
enum Statistieken: InsightFeature {
    static let url = "/statistieken/"
    static let tabelURL = "/statistieken/referentiecomponenten/"
    static let pageURLs = [url, tabelURL]
    static let suffix = "statistieken/"

    static func plan(_ context: InsightContext) -> InsightFiles {
        var result = InsightFiles()
        let index = context.index
        let page = context.page(url)
        let forGemeenten = index.catalogus.audience == .gemeenten
        guard page != nil || forGemeenten else { return result }
        let national = NationalStatistics(index.catalogus, applicaties: index.live.applicaties)
        let gemeenten = forGemeenten ? GemeenteStatistics(index.catalogus, gemeenten: index.live.organisaties.filter { $0.type == .gemeente },
                                                          applicaties: index.applicaties, positions: index.gebruikPerAfnemer) : nil
        if let page {
            context.require("statistieken", problems: &result.problems)
            result.files.append(context.editorPage(page, template: "statistieken", values: [
                "statistieken": .object(StatistiekenViewModel.make(national, gemeenten: gemeenten, index)),
            ], problems: &result.problems))
            if let tabel = context.page(tabelURL) {
                context.require("statistieken-tabel", problems: &result.problems)
                result.files.append(context.editorPage(tabel, template: "statistieken-tabel", values: [
                    "statistieken_tabel": .object(StatistiekenTabel.make(national, index)),
                ], problems: &result.problems))
            } else {
                let at = SourceLocation(file: "\(page.sourcePath.dropLast("index.md".count))referentiecomponenten.md")
                result.problems.append(.error(at, SiteMessages.missingSectionPage(tabelURL)))
            }
        }
        guard let gemeenten else { return result }
        // PvE: landscapes only for signed-in municipalities; these pages never exist on the public site.
        context.require("statistieken-gemeente", problems: &result.problems)
        let landelijk = page.map { _ in url }
        for o in index.live.organisaties where o.type == .gemeente {
            guard let profile = gemeenten.profiles[o.id], profile.regels > 0, let gemeenteURL = index.urls.organisatie(o) else { continue }
            let pageURL = gemeenteURL + suffix
            let frame = context.frame
            result.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: pageURL), template: "statistieken-gemeente") {
                var frame = frame
                frame.titles[gemeenteURL] = o.naam
                let titel = "Statistieken van \(o.naam)"
                return frame.value(url: pageURL, titel: titel, beschrijving: "Hoe het applicatielandschap van \(o.naam) zich verhoudt tot dat van andere gemeenten.",
                                   section: CatalogueURLs.Section.gemeenten.url,
                                   kind: ["statistieken_gemeente": .object(GemeenteStatistiekenViewModel.make(o, profile, gemeenten, national, index, landelijk: landelijk))])
            })
            result.published.append(PublishedURL(url: pageURL, soort: .pagina))
        }
        return result
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        guard index.catalogus.audience == .gemeenten, o.type == .gemeente, !index.isMerged(o),
              (index.gebruikPerAfnemer[o.id] ?? []).contains(where: { index.catalogus.gebruik[$0].isInGebruik }),
              let url = index.urls.organisatie(o) else { return [] }
        return [InsightLink(titel: "Statistieken: hoe dit landschap zich verhoudt tot andere gemeenten", url: url + suffix)]
    }
}

/// `/statistieken/referentiecomponenten/`: every referentiecomponent with its applicaties, its
/// users and the three most used applicaties for it.
enum StatistiekenTabel {
    static func make(_ s: NationalStatistics, _ index: CatalogueIndex) -> [String: MustacheValue] {
        [
            "aantal": .string(Format.number(s.components.count)),
            "rijen": .list(s.components.map { c in
                .object([
                    "naam": .string(c.naam), "url": .text(index.urls.url(.referentiecomponenten, c.id)),
                    "applicaties": .string(Format.number(c.applicaties)), "organisaties": .string(Format.number(c.organisaties)),
                    "meest_gebruikt": .list(c.shares.prefix(3).map { t in
                        .object(["naam": .string(t.naam), "url": .text(index.urls.url(.applicaties, t.key)),
                                 "aandeel": .string(StatistiekenText.percent(fraction(t.count, of: c.organisaties)))])
                    }),
                ])
            }),
        ]
    }
}
