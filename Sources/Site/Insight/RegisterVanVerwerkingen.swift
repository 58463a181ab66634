import CatalogusModel
import Downloads
import Mustache

/// `/gemeenten/SLUG/verwerkingen/` (and for a samenwerking that registered verwerkingen): the
/// register van verwerkingen from `gebruik.verwerkingen`, per applicatie of the landscape, as
/// a table and, when the build writes downloads, as CSV beside it. Gemeenten site only.
enum RegisterVanVerwerkingen: InsightFeature {
    static let template = "verwerkingen"

    static func plan(_ context: InsightContext) -> InsightFiles {
        var files = InsightFiles()
        let index = context.index
        guard index.catalogus.audience == .gemeenten else { return files }
        context.require(template, problems: &files.problems)
        let order = KoppelingenDiagram.Order(index)
        for o in index.catalogus.organisaties {
            guard let url = url(o, index) else { continue }
            let organisatieURL = index.urls.organisatie(o)
            // An empty register gets no file: there would be nothing to link it from.
            let hasRows = index.lines(index.gebruikPerAfnemer[o.id]).contains { !$0.verwerkingen.isEmpty }
            let csv = index.downloads && hasRows ? csvURL(url) : nil
            files.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: template) {
                let titel = "Register van verwerkingen van \(o.naam)"
                var frame = context.frame
                if let organisatieURL { frame.titles[organisatieURL] = o.naam }
                var value: [String: MustacheValue] = [
                    "naam": .string(o.naam),
                    "organisatie_url": organisatieURL.map(MustacheValue.string) ?? .null,
                    "csv": csv.map(MustacheValue.string) ?? .null,
                ]
                value.merge(MustacheValue.listing("verwerkingen", rows(o.id, index, order).map { row($0, index) })) { $1 }
                return frame.value(url: url, titel: titel, beschrijving: "De verwerkingen van persoonsgegevens van \(o.naam), per applicatie.",
                                   section: o.type == .gemeente ? "/gemeenten/" : "/samenwerkingen/", kind: ["register": .object(value)])
            })
            files.published.append(PublishedURL(url: url, soort: .pagina))
            if let csv {
                files.files.append(PlannedFile(path: String(csv.dropFirst())) { Verwerkingenregister.csv(rows(o.id, index, order)) })
            }
        }
        return files
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        url(o, index).map { [InsightLink(titel: "Register van verwerkingen", url: $0)] } ?? []
    }

    /// Every gemeente has the page (an empty register says so); a samenwerking when it has verwerkingen.
    static func url(_ o: Organisatie, _ index: CatalogueIndex) -> String? {
        guard index.catalogus.audience == .gemeenten, o.isAfnemer, !index.isMerged(o), let page = index.urls.organisatie(o) else { return nil }
        guard o.type == .gemeente || index.lines(index.gebruikPerAfnemer[o.id]).contains(where: { !$0.verwerkingen.isEmpty }) else { return nil }
        return page + "verwerkingen/"
    }

    /// `/gemeenten/utrecht/verwerkingen/` → `/gemeenten/utrecht/verwerkingen/utrecht-verwerkingen.csv`.
    static func csvURL(_ pageURL: String) -> String {
        let slug = pageURL.split(separator: "/").dropLast().last ?? ""
        return "\(pageURL)\(slug)-\(Verwerkingenregister.name).csv"
    }

    /// The register's rows: by applicatie (as lists sort), then landscape line, then the
    /// verwerking's name, then its place in the line.
    static func rows(_ afnemer: String, _ index: CatalogueIndex, _ order: KoppelingenDiagram.Order) -> [VerwerkingRegel] {
        var keyed: [(rank: Int, gebruik: String, naam: String, place: Int, regel: VerwerkingRegel)] = []
        for line in index.lines(index.gebruikPerAfnemer[afnemer]) where !line.verwerkingen.isEmpty {
            let naam = index.applicaties[line.applicatie]?.naam ?? ""
            let rank = order.applicaties[line.applicatie] ?? .max
            for (place, verwerking) in line.verwerkingen.enumerated() {
                keyed.append((rank, line.id, verwerking.naam, place, VerwerkingRegel(gebruik: line.id, applicatie: (naam, line.applicatie), verwerking: verwerking)))
            }
        }
        return keyed.sorted { ($0.rank, $0.gebruik, $0.naam, $0.place) < ($1.rank, $1.gebruik, $1.naam, $1.place) }.map(\.regel)
    }

    private static func row(_ r: VerwerkingRegel, _ index: CatalogueIndex) -> MustacheValue {
        .object([
            "applicatie": index.applicatieLink(r.applicatie.id),
            "naam": .string(r.verwerking.naam),
            "doel": .text(r.verwerking.doel),
            "grondslag": .text(r.verwerking.grondslag),
            "persoonsgegevens": .text(r.verwerking.categorieenPersoonsgegevens.joined(separator: ", ")),
            "betrokkenen": .text(r.verwerking.categorieenBetrokkenen.joined(separator: ", ")),
            "bewaartermijn": .text(r.verwerking.bewaartermijn),
        ])
    }
}
