import CatalogusModel
import Mustache
import SVG

extension KoppelingenDiagram {
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
}
