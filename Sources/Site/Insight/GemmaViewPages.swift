import CatalogusModel
import Mustache
import SVG

/// The view models of the GEMMA views' pages: the index, one view, one organisation's views.
enum GemmaViewPages {
    /// The list on `/gemma/views/`.
    static func index(_ drawn: DrawnViews) -> [String: MustacheValue] {
        MustacheValue.listing("gemmaviews", drawn.views.map { view in
            .object([
                "naam": .string(view.naam),
                "url": .string(view.url),
                "beschrijving": view.beschrijving.map { .string(DrawnViews.summary($0)) } ?? .null,
                "aantal": .string(Format.number(Set(view.componenten.map(\.objectID)).count)),
            ])
        })
    }

    /// `/gemma/views/SLUG/`: the drawing inline, its file, and its referentiecomponenten as a list.
    static func view(_ view: DrawnViews.View, index: CatalogueIndex, frame: PageFrame) -> MustacheValue {
        let svg = view.drawing.svg(idPrefix: view.idPrefix, standalone: false)
        var seen = Set<String>()
        let components = view.componenten.compactMap { entry -> (SortKey, MustacheValue)? in
            guard seen.insert(entry.objectID).inserted, let rc = index.referentiecomponenten[entry.objectID] else { return nil }
            let count = (index.applicatiesPerReferentiecomponent[rc.objectID] ?? []).count { !index.isMerged($0) }
            return (SortKey(rc.naam, id: rc.objectID), .object([
                "naam": .string(rc.naam), "url": index.urls.url(.referentiecomponenten, rc.objectID).map(MustacheValue.string) ?? .null,
                "aantal": .string(Format.number(count)),
            ]))
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let value: [String: MustacheValue] = [
            "naam": .string(view.naam),
            "beschrijving": view.beschrijving.map(MustacheValue.string) ?? .null,
            "svg": .string(view.svgURL),
            "bestand": .string("gemma-view-\(view.slug).svg"),
            "tekening": .html(SVGText.string(svg)),
        ].merging(MustacheValue.listing("referentiecomponenten", components)) { $1 }
        return frame.value(url: view.url, titel: view.naam, beschrijving: "GEMMA-view \(view.naam)",
                           kind: ["gemmaview": .object(value)])
    }

    /// `/leveranciers/SLUG/gemma/` and the like: the views on which the organisation has something,
    /// each as the view's picture with the organisation's names on top.
    static func organisatie(_ o: Organisatie, url: String, table: GemmaPlacementTable, drawn: DrawnViews,
                            index: CatalogueIndex, frame: PageFrame) -> MustacheValue {
        let placements = table.placements(o, index)
        let lists = placements.map(\.names)
        // Each component's boxes handed to their views; every target belongs to one component, so
        // sorting by target puts a view's items in drawing order.
        var items = Array(repeating: [(target: Int, names: Int)](), count: drawn.views.count)
        var placed = Array(repeating: 0, count: drawn.views.count)
        for (k, placement) in placements.enumerated() {
            var last = -1
            for (v, target) in table.boxes[placement.component] {
                items[v].append((target, k))
                if v != last { placed[v] += 1 }
                last = v
            }
        }
        var views: [MustacheValue] = []
        for v in drawn.views.indices where !items[v].isEmpty {
            let view = drawn.views[v]
            items[v].sort { $0.target < $1.target }
            let overlay = view.overlay.svg(title: "\(o.naam) op GEMMA-view \(view.naam)", items: items[v], lists: lists,
                                           table: table.names)
            views.append(.object([
                "naam": .string(view.naam), "url": .string(view.url), "svg": .string(view.svgURL), "anker": .string(view.idPrefix),
                "breedte": .string(view.breedte), "hoogte": .string(view.hoogte),
                "aantal": .string(Format.number(placed[v])),
                "laag": .html(overlay),
            ]))
        }
        let isAfnemer = o.type == .gemeente || o.type == .samenwerking
        let titel = "\(o.naam) op de GEMMA-views"
        let beschrijving = isAfnemer
            ? "De applicaties die \(o.naam) gebruikt, op de GEMMA-views in hun referentiecomponenten."
            : "De applicaties van \(o.naam), op de GEMMA-views in hun referentiecomponenten."
        var crumbs: [MustacheValue] = []
        if case .list(let items) = frame.layout.breadcrumb(for: url, titles: frame.titles) { crumbs = items }
        if let page = index.urls.organisatie(o) { crumbs.append(.object(["titel": .string(o.naam), "url": .string(page)])) }
        let section = CatalogueURLs.Section.allCases.first { url.hasPrefix($0.url) }?.url
        let value: [String: MustacheValue] = [
            "naam": .string(o.naam),
            "organisatie": index.organisatieLink(o.id),
            "afnemer": .bool(isAfnemer),
        ].merging(MustacheValue.listing("views", views)) { $1 }
        return frame.value(url: url, titel: titel, beschrijving: beschrijving, section: section,
                           pagina: ["kruimelpad": .list(crumbs), "heeft_kruimelpad": .bool(!crumbs.isEmpty)],
                           kind: ["gemmalandschap": .object(value)])
    }
}
