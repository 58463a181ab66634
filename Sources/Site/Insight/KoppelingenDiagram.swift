import CatalogusModel
import Mustache
import SVG

/// The koppelingen of one organisation as a drawing and as table rows: one box per applicatie
/// (several landscape lines of one applicatie share it) and per landelijke voorziening, one line
/// per pair of boxes (its tooltip lists every koppeling between them).
struct KoppelingenDiagram {
    /// The organisation's koppelingen as given; the rest refers to them by position, so no
    /// koppeling or end is copied while the page is made.
    private let source: [Koppeling]
    /// Positions in `source` in the order the table lists them: by source, target, id.
    private let listed: [Int]
    /// The boxes: every end once, applicaties first, each as lists sort (`End.rank`, then id).
    private let ends: [End]
    /// Per listed koppeling: its two ends (positions in `ends`) and its standards by name, sorted.
    private let from: [Int]
    private let to: [Int]
    private let standaarden: [[String]]
    private let index: CatalogueIndex

    init(_ koppelingen: [Koppeling], _ index: CatalogueIndex, order: Order) {
        self.index = index
        source = koppelingen
        var found: [End] = [], slot: [String: Int] = [:]
        var bron: [Int] = [], doel: [Int] = []
        bron.reserveCapacity(koppelingen.count)
        doel.reserveCapacity(koppelingen.count)
        for k in koppelingen.indices {
            bron.append(Self.place(Self.end(koppelingen[k].bron, index, order), in: &found, slot: &slot))
            doel.append(Self.place(Self.target(koppelingen[k], index, order), in: &found, slot: &slot))
        }
        let boxes = found, boxOrder = boxes.indices.sorted { (boxes[$0].rank, boxes[$0].id) < (boxes[$1].rank, boxes[$1].id) }
        var box = Array(repeating: 0, count: boxes.count)
        for (b, f) in boxOrder.enumerated() { box[f] = b }
        ends = boxOrder.map { boxes[$0] }
        let ranks = zip(bron, doel).map { (boxes[$0].rank, boxes[$1].rank) }
        listed = koppelingen.indices.sorted { a, b in
            ranks[a] != ranks[b] ? ranks[a] < ranks[b] : koppelingen[a].id < koppelingen[b].id
        }
        let (bronBox, doelBox) = (bron.map { box[$0] }, doel.map { box[$0] })
        from = listed.map { bronBox[$0] }
        to = listed.map { doelBox[$0] }
        standaarden = listed.map { k in koppelingen[k].standaardversies.map { index.standaardversies[$0]?.naam ?? $0 }.sorted() }
    }

    /// The position of `end` in `found`, where it is added when it is new.
    private static func place(_ end: End, in found: inout [End], slot: inout [String: Int]) -> Int {
        if let known = slot[end.id] { return known }
        slot[end.id] = found.count
        found.append(end)
        return found.count - 1
    }

    var isEmpty: Bool { source.isEmpty }

    /// "Zaakwijzer → Archief: api; ZGW API's 1.5; in gebruik; via Servicebus", for listed koppeling `i`.
    func summary(_ i: Int) -> String {
        let k = listed[i]
        let arrow = switch source[k].richting {
        case .aNaarB: "→"
        case .bNaarA: "←"
        case .biDirectioneel: "↔"
        case nil: "–"
        }
        var parts = [source[k].type?.rawValue ?? "soort onbekend"]
        let standards = standaarden[i]
        parts.append(standards.isEmpty ? "geen standaard opgegeven" : (standards.count == 1 ? "standaard " : "standaarden ") + standards.joined(separator: ", "))
        if let status = source[k].status { parts.append(status.rawValue) }
        if let via = source[k].intermediair { parts.append("via " + (index.applicaties[via]?.naam ?? via)) }
        let naam = source[k].naam.map { $0 + ": " } ?? ""
        return "\(naam)\(ends[from[i]].naam) \(arrow) \(ends[to[i]].naam) (\(parts.joined(separator: "; ")))"
    }

    func svg(titel: String) -> SVGDocument {
        // Each pair of boxes once, keyed by its two positions (lower first), so the lines come out in box order.
        var pairs: [Int: [Int]] = [:]
        for i in listed.indices {
            let (p, q) = (from[i], to[i])
            pairs[min(p, q) * ends.count + max(p, q), default: []].append(i)
        }
        var lines: [FlowDiagram.Line] = []
        for pair in pairs.keys.sorted() {
            let group = pairs[pair]!
            // The line runs the way the first koppeling's data flows, so the layout puts its
            // source left of its target.
            let first = group[0]
            let (start, end) = source[listed[first]].richting == .bNaarA && !ends[to[first]].landelijk ? (to[first], from[first]) : (from[first], to[first])
            var arrowAtFrom = false, arrowAtTo = false
            for i in group {
                let forward = from[i] == start
                switch source[listed[i]].richting {
                case .aNaarB: if forward { arrowAtTo = true } else { arrowAtFrom = true }
                case .bNaarA: if forward { arrowAtFrom = true } else { arrowAtTo = true }
                case .biDirectioneel: arrowAtFrom = true; arrowAtTo = true
                case nil: break
                }
            }
            let statuses = Set(group.map { source[listed[$0]].status })
            let stroke: FlowDiagram.Stroke = statuses.contains(.inGebruik) || statuses.contains(nil) ? .solid
                : statuses.contains(.inOntwikkeling) ? .dashed : .dotted
            lines.append(FlowDiagram.Line(from: start, to: end, arrowAtFrom: arrowAtFrom, arrowAtTo: arrowAtTo,
                                          tooltip: group.map { summary($0) }.joined(separator: "\n"), stroke: stroke))
        }
        let voorzieningen = ends.filter(\.landelijk).count
        return FlowDiagram.draw(
            ends.map { FlowDiagram.Box(label: $0.naam, tooltip: $0.landelijk ? "\($0.naam) (landelijke voorziening)" : $0.naam, href: $0.url,
                                       inBand: $0.landelijk, labelLines: $0.labelLines) },
            lines,
            texts: FlowDiagram.Texts(
                title: titel,
                description: "\(Self.count(listed.count, "koppeling", "koppelingen")) tussen \(Self.count(ends.count - voorzieningen, "applicatie", "applicaties")) en \(Self.count(voorzieningen, "landelijke voorziening", "landelijke voorzieningen")); de tabel onder de tekening noemt ze allemaal.",
                heading: "Applicaties", bandHeading: "Landelijke voorzieningen"))
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// The table rows, in the order the koppelingen are listed.
    func rows() -> [MustacheValue] {
        listed.indices.map { i in
            let k = listed[i]
            let richting: String = switch source[k].richting {
            case .aNaarB: "→ van bron naar doel"
            case .bNaarA: "← van doel naar bron"
            case .biDirectioneel: "↔ beide richtingen"
            case nil: ""
            }
            return .object([
                "naam": .text(source[k].naam),
                "van": ends[from[i]].link,
                "naar": ends[to[i]].link,
                "landelijk": .bool(ends[to[i]].landelijk),
                "richting": .text(richting),
                "soort": .text(source[k].type?.rawValue),
                "standaarden": .text(standaarden[i].joined(separator: ", ")),
                "status": .text(source[k].status?.rawValue),
                "via": .text(source[k].intermediair.map { index.applicaties[$0]?.naam ?? $0 }),
            ])
        }
    }
}
