import CatalogusModel
import Mustache
import SVG

/// The koppelingen of one organisation as a drawing and as table rows: one box per applicatie
/// (several landscape lines of one applicatie share it) and per landelijke voorziening, one line
/// per pair of boxes (its tooltip lists every koppeling between them).
struct KoppelingenDiagram {
    /// The koppelingen with both ends, in the order the table lists them: by source, target, id.
    let koppelingen: [(koppeling: Koppeling, from: End, to: End)]
    /// Per koppeling: its standards by name, sorted.
    private let standaarden: [[String]]
    private let index: CatalogueIndex

    init(_ koppelingen: [Koppeling], _ index: CatalogueIndex, order: Order) {
        self.index = index
        let ends = koppelingen.map { (from: Self.end($0.bron, index, order), to: Self.target($0, index, order)) }
        let ranks = ends.map { (from: $0.from.rank, to: $0.to.rank) }
        // Positions sorted, not the koppelingen themselves: each is copied once, into its place.
        let sorted = koppelingen.indices.sorted { a, b in
            ranks[a] != ranks[b] ? (ranks[a].from, ranks[a].to) < (ranks[b].from, ranks[b].to) : koppelingen[a].id < koppelingen[b].id
        }
        self.koppelingen = sorted.map { (koppeling: koppelingen[$0], from: ends[$0].from, to: ends[$0].to) }
        standaarden = self.koppelingen.map { k in k.koppeling.standaardversies.map { index.standaardversies[$0]?.naam ?? $0 }.sorted() }
    }

    /// The place of every applicatie and landelijke voorziening in the order boxes and rows
    /// sort (applicaties first, each as lists sort: folded name, name, id), made once per build.
    struct Order: Sendable {
        let applicaties: [String: Int]
        let voorzieningen: [String: Int]
        /// With `boxes`, per place of an applicatie: its name, page, link and label lines, made once
        /// for the drawings of all organisations (empty otherwise).
        let naam: [String]
        let url: [String?]
        let link: [MustacheValue]
        let labelLines: [[String]]

        init(_ index: CatalogueIndex, boxes: Bool = false) {
            let apps = index.catalogus.applicaties.map { (index.sortKey($0.id, naam: $0.naam, tieBreak: $0.id), $0.id) }.sorted { $0.0 < $1.0 }
            applicaties = Dictionary(apps.enumerated().map { ($1.1, $0) }, uniquingKeysWith: { a, _ in a })
            naam = boxes ? apps.map { index.applicaties[$0.1]?.naam ?? $0.1 } : []
            url = boxes ? apps.map { index.urls.url(.applicaties, $0.1) } : []
            link = zip(naam, url).map { MustacheValue.link($0, $1) }
            labelLines = naam.map(FlowDiagram.labelLines)
            let voorzieningen = index.catalogus.gemma.landelijkeVoorzieningen.map { (SortKey($0.naam, id: $0.objectID), $0.objectID) }.sorted { $0.0 < $1.0 }
            self.voorzieningen = Dictionary(voorzieningen.enumerated().map { ($1.1, apps.count + $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// One end of a line: an applicatie (by the landscape line) or a landelijke voorziening.
    struct End: Hashable {
        let id: String
        let naam: String
        let url: String?
        let landelijk: Bool
        /// Its place in `Order`; what the catalogue does not know sorts last, by id.
        let rank: Int
        /// `naam` linked to `url`, for the table.
        let link: MustacheValue
        /// The label in its box, when made once per build (else the drawing cuts it).
        let labelLines: [String]?

        init(id: String, naam: String, url: String?, landelijk: Bool, rank: Int, link: MustacheValue? = nil, labelLines: [String]? = nil) {
            self.id = id
            self.naam = naam
            self.url = url
            self.landelijk = landelijk
            self.rank = rank
            self.link = link ?? .link(naam, url)
            self.labelLines = labelLines
        }

        static func == (a: End, b: End) -> Bool { a.id == b.id }
        func hash(into hasher: inout Hasher) { hasher.combine(id) }
    }

    static func end(_ gebruik: String, _ index: CatalogueIndex, _ order: Order) -> End {
        guard let id = index.applicatie(ofGebruik: gebruik) else {
            return End(id: "gebruik:" + gebruik, naam: gebruik, url: nil, landelijk: false, rank: .max)
        }
        if let rank = order.applicaties[id], rank < order.naam.count {
            return End(id: id, naam: order.naam[rank], url: order.url[rank], landelijk: false, rank: rank, link: order.link[rank],
                       labelLines: order.labelLines[rank])
        }
        return End(id: id, naam: index.applicaties[id]?.naam ?? id, url: index.urls.url(.applicaties, id), landelijk: false,
                   rank: order.applicaties[id] ?? .max)
    }

    static func target(_ k: Koppeling, _ index: CatalogueIndex, _ order: Order) -> End {
        if let doel = k.doel { return end(doel, index, order) }
        let id = k.buitengemeentelijkeVoorziening ?? ""
        return End(id: "voorziening:" + id, naam: index.voorzieningen[id]?.naam ?? id, url: nil, landelijk: true, rank: order.voorzieningen[id] ?? .max)
    }


    /// "Zaakwijzer → Archief: api; ZGW API's 1.5; in gebruik; via Servicebus".
    func summary(_ i: Int) -> String {
        let (k, from, to) = koppelingen[i]
        let arrow = switch k.richting {
        case .aNaarB: "→"
        case .bNaarA: "←"
        case .biDirectioneel: "↔"
        case nil: "–"
        }
        var parts = [k.type?.rawValue ?? "soort onbekend"]
        let standards = standaarden[i]
        parts.append(standards.isEmpty ? "geen standaard opgegeven" : (standards.count == 1 ? "standaard " : "standaarden ") + standards.joined(separator: ", "))
        if let status = k.status { parts.append(status.rawValue) }
        if let via = k.intermediair { parts.append("via " + (index.applicaties[via]?.naam ?? via)) }
        let naam = k.naam.map { $0 + ": " } ?? ""
        return "\(naam)\(from.naam) \(arrow) \(to.naam) (\(parts.joined(separator: "; ")))"
    }

    func svg(titel: String) -> SVGDocument {
        var ends: Set<End> = []
        for (_, a, b) in koppelingen {
            ends.insert(a)
            ends.insert(b)
        }
        let boxes = ends.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
        let position = Dictionary(uniqueKeysWithValues: boxes.enumerated().map { ($1.id, $0) })
        // Each pair of boxes once, keyed by its two positions (lower first), so the lines come out in box order.
        var pairs: [Int: [Int]] = [:]
        for (i, (_, a, b)) in koppelingen.enumerated() {
            let (p, q) = (position[a.id]!, position[b.id]!)
            pairs[min(p, q) * boxes.count + max(p, q), default: []].append(i)
        }
        var lines: [FlowDiagram.Line] = []
        for pair in pairs.keys.sorted() {
            let group = pairs[pair]!
            // The line runs the way the first koppeling's data flows, so the layout puts its
            // source left of its target.
            let (first, bron, doel) = koppelingen[group[0]]
            let (fromID, toID) = first.richting == .bNaarA && !doel.landelijk ? (doel.id, bron.id) : (bron.id, doel.id)
            let (from, to) = (position[fromID]!, position[toID]!)
            var arrowAtFrom = false, arrowAtTo = false
            for i in group {
                let (k, a, _) = koppelingen[i]
                let forward = a.id == fromID
                switch k.richting {
                case .aNaarB: if forward { arrowAtTo = true } else { arrowAtFrom = true }
                case .bNaarA: if forward { arrowAtFrom = true } else { arrowAtTo = true }
                case .biDirectioneel: arrowAtFrom = true; arrowAtTo = true
                case nil: break
                }
            }
            let statuses = Set(group.map { koppelingen[$0].koppeling.status })
            let stroke: FlowDiagram.Stroke = statuses.contains(.inGebruik) || statuses.contains(nil) ? .solid
                : statuses.contains(.inOntwikkeling) ? .dashed : .dotted
            lines.append(FlowDiagram.Line(from: from, to: to, arrowAtFrom: arrowAtFrom, arrowAtTo: arrowAtTo,
                                          tooltip: group.map { summary($0) }.joined(separator: "\n"), stroke: stroke))
        }
        let voorzieningen = boxes.filter(\.landelijk).count
        return FlowDiagram.draw(
            boxes.map { FlowDiagram.Box(label: $0.naam, tooltip: $0.landelijk ? "\($0.naam) (landelijke voorziening)" : $0.naam, href: $0.url,
                                        inBand: $0.landelijk, labelLines: $0.labelLines) },
            lines,
            texts: FlowDiagram.Texts(
                title: titel,
                description: "\(Self.count(koppelingen.count, "koppeling", "koppelingen")) tussen \(Self.count(boxes.count - voorzieningen, "applicatie", "applicaties")) en \(Self.count(voorzieningen, "landelijke voorziening", "landelijke voorzieningen")); de tabel onder de tekening noemt ze allemaal.",
                heading: "Applicaties", bandHeading: "Landelijke voorzieningen"))
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// The table rows, in the order of `koppelingen`.
    func rows() -> [MustacheValue] {
        koppelingen.indices.map { i in
            let (k, from, to) = koppelingen[i]
            let richting: String = switch k.richting {
            case .aNaarB: "→ van bron naar doel"
            case .bNaarA: "← van doel naar bron"
            case .biDirectioneel: "↔ beide richtingen"
            case nil: ""
            }
            return .object([
                "naam": .text(k.naam),
                "van": from.link,
                "naar": to.link,
                "landelijk": .bool(to.landelijk),
                "richting": .text(richting),
                "soort": .text(k.type?.rawValue),
                "standaarden": .text(standaarden[i].joined(separator: ", ")),
                "status": .text(k.status?.rawValue),
                "via": .text(k.intermediair.map { index.applicaties[$0]?.naam ?? $0 }),
            ])
        }
    }
}
