import CatalogusModel
import Mustache

/// Advies (issue 6, gemeenten site only): `/gemeenten/SLUG/advies/`, rule-based advice that
/// says why. Planned by `Buren`, which has computed the buren the rules need.
enum Advies: InsightFeature {
    static let titel = "Advies"
    static let template = "advies"

    static func plan(_ context: InsightContext) -> InsightFiles { InsightFiles() }

    /// The advies pages of `gemeenten` (each with its page address).
    static func files(_ gemeenten: [(Organisatie, String)], buurt: Buurt, _ context: InsightContext) -> InsightFiles {
        var files = InsightFiles()
        let (index, frame) = (context.index, context.frame)
        for (o, page) in gemeenten {
            let url = page + "advies/"
            files.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: template) {
                frame.value(url: url, titel: "\(titel): \(o.naam)", beschrijving: "Advies voor \(o.naam) uit de catalogus, met de gegevens waarop het steunt.",
                            section: CatalogueURLs.Section.gemeenten.url, pagina: Buurt.kruimelpad(o, url: page, frame),
                            kind: ["advies": .object(AdviesViewModel.make(o, pageURL: page, buurt, index))])
            })
            files.published.append(PublishedURL(url: url, soort: .pagina))
        }
        return files
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        Buurt.pagina(o, index).map { [InsightLink(titel: titel, url: $0 + "advies/")] } ?? []
    }
}
