import CatalogusModel
import SVG

/// The lookups that place organisations' applicaties on the drawn views, made once per build so
/// each of the hundreds of organisation pages only gathers and sorts small integers: every
/// applicatie's name measured and escaped once (`ViewOverlay.Name`), numbered in the order lists
/// sort them, and every referentiecomponent on a view numbered with the boxes it has there.
struct GemmaPlacementTable: Sendable {
    /// Applicatie id → its number: its place in the order lists sort (folded name, name, id).
    private let number: [String: Int]
    /// The names as written in the boxes, by number.
    let names: ViewOverlay.NameTable
    /// Per number: whether the applicatie went up in another.
    private let merged: [Bool]
    /// Referentiecomponent Object ID → its number, for the components drawn on some view.
    private let component: [String: Int]
    /// Per component number: its boxes, as (view, target of that view's overlay), in view order.
    let boxes: [[(view: Int, target: Int)]]

    init(_ index: CatalogueIndex, drawn: DrawnViews) {
        var seen = Set<String>()
        // The first applicatie of an id is the one `index.applicaties` holds.
        let sorted = index.catalogus.applicaties.compactMap { a -> (key: SortKey, id: String, naam: String, merged: Bool)? in
            guard seen.insert(a.id).inserted else { return nil }
            return (index.sortKey(a.id, naam: a.naam, tieBreak: a.id), a.id, a.naam, index.isMerged(a))
        }.sorted { $0.key < $1.key }
        number = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
        names = ViewOverlay.NameTable(sorted.map(\.naam), rooms: drawn.rooms)
        merged = sorted.map(\.merged)
        var component: [String: Int] = [:], boxes: [[(view: Int, target: Int)]] = []
        for (v, view) in drawn.views.enumerated() {
            for (target, entry) in view.componenten.enumerated() {
                let c = component[entry.objectID] ?? boxes.count
                if c == boxes.count {
                    component[entry.objectID] = c
                    boxes.append([])
                }
                boxes[c].append((v, target))
            }
        }
        self.component = component
        self.boxes = boxes
    }

    /// What `o` has on the views: per component (by number, ascending) the numbers of its
    /// applicaties in list order — as `GemmaPlacements.of`, for the components some view draws.
    func placements(_ o: Organisatie, _ index: CatalogueIndex) -> [(component: Int, names: [Int])] {
        var pairs = pairs(o, index, stopAtFirst: false)
        guard !pairs.isEmpty else { return [] }
        // component × count + number: one sort puts components in order and names in list order.
        pairs.sort()
        var result: [(component: Int, names: [Int])] = []
        var previous = -1
        for pair in pairs where pair != previous {
            previous = pair
            let (c, n) = pair.quotientAndRemainder(dividingBy: names.count)
            if result.last?.component == c { result[result.count - 1].names.append(n) } else { result.append((c, [n])) }
        }
        return result
    }

    /// Whether `o` has anything on one of the views.
    func landsOnViews(_ o: Organisatie, _ index: CatalogueIndex) -> Bool {
        !pairs(o, index, stopAtFirst: true).isEmpty
    }

    private func pairs(_ o: Organisatie, _ index: CatalogueIndex, stopAtFirst: Bool) -> [Int] {
        var pairs: [Int] = []
        let count = names.count
        switch o.type {
        case .leverancier, .community:
            guard let offered = index.applicatiesPerAanbieder[o.id] else { return [] }
            for i in offered.indices {
                guard let n = number[offered[i].id], !merged[n] else { continue }
                for rc in offered[i].referentiecomponenten {
                    guard let c = component[rc] else { continue }
                    pairs.append(c * count + n)
                    if stopAtFirst { return pairs }
                }
            }
        case .gemeente, .samenwerking:
            // PvE: landscapes only on the gemeenten site; on publiek `gebruik` is empty, so nothing is placed.
            guard let positions = index.gebruikPerAfnemer[o.id] else { return [] }
            let gebruik = index.catalogus.gebruik
            // The stored status itself: `isInGebruik` on the element would copy the whole line.
            for p in positions where gebruik[p].status != .uitgefaseerd {
                guard let n = number[gebruik[p].applicatie] else { continue }
                for rc in gebruik[p].referentiecomponenten {
                    guard let c = component[rc] else { continue }
                    pairs.append(c * count + n)
                    if stopAtFirst { return pairs }
                }
            }
        }
        return pairs
    }
}
