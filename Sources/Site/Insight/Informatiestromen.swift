import CatalogusModel
import Mustache
import SVG

/// `/gemeenten/SLUG/informatiestromen/` (and `/samenwerkingen/SLUG/informatiestromen/` for a
/// samenwerking with koppelingen): the organisation's koppelingen drawn as a layered diagram,
/// landelijke voorzieningen in a column of their own, and the same koppelingen as a table.
/// Only on the gemeenten site (contract: koppelingen are per-organisation data).
enum Informatiestromen: InsightFeature {
    static let template = "informatiestromen"
    /// Wider than this (points), the drawing would shrink below about 90% on a wide screen.
    static let wideDrawing = 1_250.0

    static func plan(_ context: InsightContext) -> InsightFiles {
        var files = InsightFiles()
        let index = context.index
        guard index.catalogus.audience == .gemeenten else { return files }
        context.require(template, problems: &files.problems)
        let order = KoppelingenDiagram.Order(index, boxes: true)
        for o in index.catalogus.organisaties {
            guard let url = url(o, index) else { continue }
            let organisatieURL = index.urls.organisatie(o)
            files.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: template) {
                let titel = "Informatiestromen van \(o.naam)"
                var frame = context.frame
                if let organisatieURL { frame.titles[organisatieURL] = o.naam }
                return frame.value(url: url, titel: titel, beschrijving: "De koppelingen van \(o.naam) als tekening en als tabel.",
                                   section: o.type == .gemeente ? "/gemeenten/" : "/samenwerkingen/",
                                   kind: [template: .object(value(o, titel: titel, index, order))])
            })
            files.published.append(PublishedURL(url: url, soort: .pagina))
        }
        return files
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        url(o, index).map { [InsightLink(titel: "Informatiestromen: de koppelingen als tekening", url: $0)] } ?? []
    }

    /// The page of `o`, when it has one: every gemeente (an empty one says so), a samenwerking
    /// only when it has koppelingen.
    static func url(_ o: Organisatie, _ index: CatalogueIndex) -> String? {
        guard index.catalogus.audience == .gemeenten, o.isAfnemer, !index.isMerged(o), let page = index.urls.organisatie(o) else { return nil }
        guard o.type == .gemeente || !(index.koppelingenPerAfnemer[o.id] ?? []).isEmpty else { return nil }
        return page + "informatiestromen/"
    }

    static func value(_ o: Organisatie, titel: String, _ index: CatalogueIndex, _ order: KoppelingenDiagram.Order) -> [String: MustacheValue] {
        let diagram = KoppelingenDiagram(index.koppelingenPerAfnemer[o.id] ?? [], index, order: order)
        var value: [String: MustacheValue] = [
            "naam": .string(o.naam),
            "organisatie_url": index.urls.organisatie(o).map(MustacheValue.string) ?? .null,
        ]
        if !diagram.isEmpty {
            let svg = diagram.svg(titel: titel)
            value["tekening"] = .html(SVGText.string(svg.inline))
            // Up to about five columns the drawing shrinks to the page's width and stays
            // legible; a wider one keeps its size and scrolls sideways.
            value["breed"] = .bool(svg.width > wideDrawing)
        } else {
            value["tekening"] = .null
            value["breed"] = .bool(false)
        }
        value.merge(MustacheValue.listing("koppelingen", diagram.rows())) { $1 }
        return value
    }
}
