import CatalogusModel
import Gemma
import SVG

/// The GEMMA views of this build, each laid out once as a `ViewDrawing` (labels wrapped, badges
/// counted, links made) so its page, its `.svg` file and every organisation's overlay share one
/// layout. Made once per build, when the catalogue has views.
struct DrawnViews: Sendable {
    /// One view, ready for its pages.
    struct View: Sendable {
        let slug: String
        let naam: String
        let beschrijving: String?
        let drawing: ViewDrawing
        /// Boxes that show a referentiecomponent, in drawing order, with its Object ID.
        let componenten: [(box: Int, objectID: String)]
        /// Where organisations' names go: one target per entry of `componenten`.
        let overlay: ViewOverlay
        /// The drawing's size, as the page's `<img>` gives it.
        let breedte: String
        let hoogte: String

        var url: String { "\(DrawnViews.url)\(slug)/" }
        var svgURL: String { "\(DrawnViews.url)\(slug).svg" }
        var svgPath: String { "gemma/views/\(slug).svg" }
        var idPrefix: String { "gv-\(slug)" }
    }

    static let url = "/gemma/views/"

    let views: [View]
    /// The widths names are cut to in the overlays' boxes (`ViewOverlay.rooms`).
    let rooms: [Double]

    init(_ index: CatalogueIndex) {
        let gemma = index.catalogus.gemma.views
        let slugs = Self.slugs(gemma)
        let urlOfView = Dictionary(gemma.map { ($0.identifier, "\(Self.url)\(slugs[$0.objectID ?? $0.identifier] ?? "")/") },
                                   uniquingKeysWith: { a, _ in a })
        let counts = index.applicatiesPerReferentiecomponent.mapValues { $0.count { !index.isMerged($0) } }
        let laidOut = gemma.map { view -> (slug: String, drawing: ViewDrawing, componenten: [(Int, String)], targets: [ViewOverlay.Target]) in
            let slug = slugs[view.objectID ?? view.identifier] ?? "view"
            var boxes: [ViewBox] = [], componenten: [(Int, String)] = []
            var position: [String: Int] = [:]
            for node in view.nodes {
                position[node.identifier] = boxes.count
                if let id = node.objectID, index.referentiecomponenten[id] != nil { componenten.append((boxes.count, id)) }
                boxes.append(Self.box(node, index: index, counts: counts, viewURLs: urlOfView))
            }
            let lines = view.connections.compactMap { c -> ViewConnection? in
                guard let source = position[c.source], let target = position[c.target] else { return nil }
                return ViewConnection(kind: Self.kind(c.relationshipType), source: source, target: target,
                                      bendpoints: c.bendpoints.map { ViewPoint(x: Double($0.x), y: Double($0.y)) },
                                      tooltip: c.relationshipType.map(Self.relationshipName))
            }
            let drawing = ViewDrawing(width: Double(view.breedte + 10), height: Double(view.hoogte + 10),
                                      title: "GEMMA-view \(view.naam)", description: view.beschrijving, boxes: boxes, connections: lines)
            let targets = componenten.map { box, id in
                // No link: the view's own page links every component, and an organisation's page
                // is one of hundreds, where every byte per box counts (see README, Snelheid).
                ViewOverlay.Target(slot: drawing.slots[box], link: nil, label: index.referentiecomponenten[id]?.naam ?? "")
            }
            return (slug, drawing, componenten, targets)
        }
        // One list of rooms for all views, so each name is cut once per build for every box width.
        let rooms = ViewOverlay.rooms(laidOut.flatMap(\.targets))
        self.rooms = rooms
        views = zip(gemma, laidOut).map { view, laid in
            let overlay = ViewOverlay(width: laid.drawing.width, height: laid.drawing.height, idPrefix: "gv-\(laid.slug)",
                                      targets: laid.targets, rooms: rooms)
            return View(slug: laid.slug, naam: view.naam, beschrijving: view.beschrijving, drawing: laid.drawing,
                        componenten: laid.componenten, overlay: overlay,
                        breedte: SVGNumber.format(laid.drawing.width), hoogte: SVGNumber.format(laid.drawing.height))
        }
    }

    /// A node as a box: notation from its type, GEMMA's colours and font size from its style,
    /// and for a referentiecomponent a link to its page, its definition on hover and its count.
    private static func box(_ node: GemmaViewNode, index: CatalogueIndex, counts: [String: Int], viewURLs: [String: String]) -> ViewBox {
        // Archi's sizes are points at 96 dpi; never below 10 px, so the largest view stays readable.
        let fontSize = max(10, Double(node.fontSize ?? 9) * 4 / 3)
        var box = ViewBox(shape: shape(node), x: Double(node.x), y: Double(node.y), w: Double(node.w), h: Double(node.h),
                          label: node.label, fill: node.fillColor.map(color), line: node.lineColor.map(color),
                          textColor: node.fontColor.map(color), fontSize: (fontSize * 10).rounded() / 10)
        if let id = node.objectID, let component = index.referentiecomponenten[id] {
            let count = counts[id] ?? 0
            box.link = index.urls.url(.referentiecomponenten, id)
            box.badge = String(count)
            let aantal = count == 1 ? "1 applicatie" : "\(count) applicaties"
            box.tooltip = "\(component.naam) (\(aantal))" + (component.beschrijving.isEmpty ? "" : "\n\n" + summary(component.beschrijving))
        } else if let id = node.objectID, let voorziening = index.voorzieningen[id] {
            box.tooltip = "\(voorziening.naam) (landelijke voorziening)"
        } else if let reference = node.viewRef, let url = viewURLs[reference] {
            box.link = url
        }
        return box
    }

    /// View key (Object ID, else identifier) → slug, the same for every page that links to a view.
    static func slugs(_ views: [GemmaView]) -> [String: String] {
        UniqueSlugs.assign(views.map { (id: $0.objectID ?? $0.identifier, naam: $0.naam) })
    }

    /// The first 300 characters of a definition, cut at a word.
    static func summary(_ text: String) -> String {
        guard text.count > 300 else { return text }
        let head = text.prefix(300)
        return (head.lastIndex(of: " ").map { String(head[..<$0]) } ?? String(head)) + " …"
    }

    private static func color(_ c: GemmaColor) -> ViewColor { ViewColor(r: c.r, g: c.g, b: c.b, alpha: c.alpha) }

    private static func shape(_ node: GemmaViewNode) -> ViewBox.Shape {
        switch node.soort {
        case "Label": return .label
        case "Container": return .grouping
        default: break
        }
        switch node.elementType ?? "" {
        case "ApplicationComponent": return .applicationComponent
        case "ApplicationService": return .applicationService
        case "ApplicationInterface": return .applicationInterface
        case "ApplicationFunction": return .applicationFunction
        case "ApplicationProcess": return .applicationProcess
        case "DataObject": return .dataObject
        case "BusinessFunction": return .businessFunction
        case "BusinessProcess": return .businessProcess
        case "BusinessService": return .businessService
        case "BusinessActor": return .businessActor
        case "BusinessObject": return .businessObject
        case "Grouping": return .grouping
        default: return .plain
        }
    }

    private static func kind(_ relationship: String?) -> ViewConnection.Kind {
        guard let relationship, let first = relationship.first else { return .plain }
        return ViewConnection.Kind(rawValue: first.lowercased() + relationship.dropFirst()) ?? .plain
    }

    private static func relationshipName(_ type: String) -> String {
        ["Composition": "compositie", "Aggregation": "aggregatie", "Assignment": "toewijzing", "Realization": "realisatie",
         "Serving": "dienst aan", "Access": "toegang", "Influence": "invloed", "Triggering": "triggering", "Flow": "stroom",
         "Specialization": "specialisatie", "Association": "associatie"][type] ?? type
    }
}
