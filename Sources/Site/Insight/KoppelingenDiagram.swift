import CatalogusModel
import Markdown
import Mustache
import SVG

/// The koppelingen of one organisation as a drawing and as table rows: one box per applicatie
/// (several landscape lines of one applicatie share it) and per landelijke voorziening, one line
/// per pair of boxes (its tooltip lists every koppeling between them).
struct KoppelingenDiagram {
    /// The koppelingen with both ends, in the order the table lists them: by source, target, id.
    let koppelingen: [(koppeling: Koppeling, from: End, to: End)]
    private let index: CatalogueIndex

    init(_ koppelingen: [Koppeling], _ index: CatalogueIndex) {
        self.index = index
        let all = koppelingen.map { (koppeling: $0, from: Self.end($0.bron, index), to: Self.target($0, index)) }
        // Positions are sorted rather than the tuples, which would be copied at every step.
        self.koppelingen = all.indices.sorted { i, j in
            let (a, b) = (all[i], all[j])
            if a.from.key != b.from.key { return a.from.key < b.from.key }
            if a.to.key != b.to.key { return a.to.key < b.to.key }
            return a.koppeling.id < b.koppeling.id
        }.map { all[$0] }
    }

    /// One end of a line: an applicatie (by the landscape line) or a landelijke voorziening.
    struct End: Hashable {
        let id: String
        let naam: String
        let url: String?
        let landelijk: Bool
        /// How boxes sort: applicaties before voorzieningen, then by folded name, name, id.
        let key: SortKey

        static func == (a: End, b: End) -> Bool { a.id == b.id }
        func hash(into hasher: inout Hasher) { hasher.combine(id) }
    }

    static func end(_ gebruik: String, _ index: CatalogueIndex) -> End {
        guard let id = index.applicatie(ofGebruik: gebruik) else {
            return End(id: "gebruik:" + gebruik, naam: gebruik, url: nil, landelijk: false, key: SortKey(folded: "0", name: gebruik, id: gebruik))
        }
        let naam = index.applicaties[id]?.naam ?? id
        let key = index.sortKey(id, naam: naam, tieBreak: id)
        return End(id: id, naam: naam, url: index.urls.url(.applicaties, id), landelijk: false,
                   key: SortKey(folded: "0" + key.folded, name: key.name, id: key.id))
    }

    static func target(_ k: Koppeling, _ index: CatalogueIndex) -> End {
        if let doel = k.doel { return end(doel, index) }
        let id = k.buitengemeentelijkeVoorziening ?? ""
        let naam = index.voorzieningen[id]?.naam ?? id
        return End(id: "voorziening:" + id, naam: naam, url: nil, landelijk: true, key: SortKey(folded: "1" + Slug.make(naam), name: naam, id: id))
    }

    /// The standards of a koppeling by name.
    func standaarden(_ k: Koppeling) -> [String] {
        k.standaardversies.map { index.standaardversies[$0]?.naam ?? $0 }.sorted()
    }

    /// "Zaakwijzer → Archief: api; ZGW API's 1.5; in gebruik; via Servicebus".
    func summary(_ k: Koppeling, from: End, to: End) -> String {
        let arrow = switch k.richting {
        case .aNaarB: "→"
        case .bNaarA: "←"
        case .biDirectioneel: "↔"
        case nil: "–"
        }
        var parts = [k.type?.rawValue ?? "soort onbekend"]
        let standards = standaarden(k)
        parts.append(standards.isEmpty ? "geen standaard opgegeven" : (standards.count == 1 ? "standaard " : "standaarden ") + standards.joined(separator: ", "))
        if let status = k.status { parts.append(status.rawValue) }
        if let via = k.intermediair { parts.append("via " + (index.applicaties[via]?.naam ?? via)) }
        let naam = k.naam.map { $0 + ": " } ?? ""
        return "\(naam)\(from.naam) \(arrow) \(to.naam) (\(parts.joined(separator: "; ")))"
    }

    func svg(titel: String) -> SVGDocument {
        var ends: Set<End> = []
        var pairs: [[String]: [(Koppeling, End, End)]] = [:]
        for (k, a, b) in koppelingen {
            ends.insert(a)
            ends.insert(b)
            pairs[a.key < b.key ? [a.id, b.id] : [b.id, a.id], default: []].append((k, a, b))
        }
        let boxes = ends.sorted { $0.key < $1.key }
        let position = Dictionary(uniqueKeysWithValues: boxes.enumerated().map { ($1.id, $0) })
        var lines: [FlowDiagram.Line] = []
        for pair in pairs.keys.sorted(by: { (position[$0[0]]!, position[$0[1]]!) < (position[$1[0]]!, position[$1[1]]!) }) {
            let group = pairs[pair]!
            // The line runs the way the first koppeling's data flows, so the layout puts its
            // source left of its target.
            let (first, bron, doel) = group[0]
            let (fromID, toID) = first.richting == .bNaarA && !doel.landelijk ? (doel.id, bron.id) : (bron.id, doel.id)
            let (from, to) = (position[fromID]!, position[toID]!)
            var arrowAtFrom = false, arrowAtTo = false
            for (k, a, _) in group {
                let forward = a.id == fromID
                switch k.richting {
                case .aNaarB: if forward { arrowAtTo = true } else { arrowAtFrom = true }
                case .bNaarA: if forward { arrowAtFrom = true } else { arrowAtTo = true }
                case .biDirectioneel: arrowAtFrom = true; arrowAtTo = true
                case nil: break
                }
            }
            let statuses = Set(group.map { $0.0.status })
            let stroke: FlowDiagram.Stroke = statuses.contains(.inGebruik) || statuses.contains(nil) ? .solid
                : statuses.contains(.inOntwikkeling) ? .dashed : .dotted
            lines.append(FlowDiagram.Line(from: from, to: to, arrowAtFrom: arrowAtFrom, arrowAtTo: arrowAtTo,
                                          tooltip: group.map { summary($0.0, from: $0.1, to: $0.2) }.joined(separator: "\n"), stroke: stroke))
        }
        let voorzieningen = boxes.filter(\.landelijk).count
        return FlowDiagram.draw(
            boxes.map { FlowDiagram.Box(label: $0.naam, tooltip: $0.landelijk ? "\($0.naam) (landelijke voorziening)" : $0.naam, href: $0.url, inBand: $0.landelijk) },
            lines,
            texts: FlowDiagram.Texts(
                title: titel,
                description: "\(Self.count(koppelingen.count, "koppeling", "koppelingen")) tussen \(Self.count(boxes.count - voorzieningen, "applicatie", "applicaties")) en \(Self.count(voorzieningen, "landelijke voorziening", "landelijke voorzieningen")); de tabel onder de tekening noemt ze allemaal.",
                heading: "Applicaties", bandHeading: "Landelijke voorzieningen"))
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// The table rows, in the order of `koppelingen`.
    func rows() -> [MustacheValue] {
        koppelingen.map { k, from, to in
            let richting: String = switch k.richting {
            case .aNaarB: "→ van bron naar doel"
            case .bNaarA: "← van doel naar bron"
            case .biDirectioneel: "↔ beide richtingen"
            case nil: ""
            }
            return .object([
                "naam": .text(k.naam),
                "van": .link(from.naam, from.url),
                "naar": .link(to.naam, to.url),
                "landelijk": .bool(to.landelijk),
                "richting": .text(richting),
                "soort": .text(k.type?.rawValue),
                "standaarden": .text(standaarden(k).joined(separator: ", ")),
                "status": .text(k.status?.rawValue),
                "via": .text(k.intermediair.map { index.applicaties[$0]?.naam ?? $0 }),
            ])
        }
    }
}
