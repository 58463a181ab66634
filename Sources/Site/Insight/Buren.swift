import CatalogusModel
import Mustache

/// "Gluren bij de buren" (issue 6, gemeenten site only): `/gemeenten/SLUG/buren/`, who a
/// gemeente's buren are and why, and per referentiecomponent what it and they use. The advies
/// pages are planned here too, because they need the same buren, computed once per build.
enum Buren: InsightFeature {
    static let titel = "Gluren bij de buren"

    static func plan(_ context: InsightContext) -> InsightFiles {
        let index = context.index
        var files = InsightFiles()
        guard index.catalogus.audience == .gemeenten else { return files }
        let gemeenten = index.catalogus.organisaties.compactMap { o in Buurt.pagina(o, index).map { (o, $0) } }
        guard !gemeenten.isEmpty else { return files }
        context.require("buren", problems: &files.problems)
        context.require(Advies.template, problems: &files.problems)
        let buurt = Buurt(index)
        let frame = context.frame
        for (o, page) in gemeenten {
            let url = page + "buren/"
            files.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: "buren") {
                frame.value(url: url, titel: "\(titel): \(o.naam)", beschrijving: "Gemeenten die op \(o.naam) lijken en wat zij gebruiken.",
                            section: CatalogueURLs.Section.gemeenten.url, pagina: Buurt.kruimelpad(o, url: page, frame),
                            kind: ["buren": .object(BurenViewModel.make(o, pageURL: page, buurt, index))])
            })
            files.published.append(PublishedURL(url: url, soort: .pagina))
        }
        files.append(Advies.files(gemeenten, buurt: buurt, context))
        return files
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        Buurt.pagina(o, index).map { [InsightLink(titel: titel, url: $0 + "buren/")] } ?? []
    }
}
