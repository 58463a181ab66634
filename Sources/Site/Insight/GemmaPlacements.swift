import CatalogusModel

/// What one organisation has per referentiecomponent, to place on the GEMMA views: a
/// leverancier its portfolio (the applicaties it offers, by their referentiecomponenten), a
/// gemeente or samenwerking its landscape (the applicaties it uses, by the referentiecomponenten
/// of each landscape line; phased-out lines left out). Names sorted as lists sort them.
enum GemmaPlacements {
    /// Referentiecomponent Object ID → applicatie names; empty for an organisation with nothing to place.
    static func of(_ o: Organisatie, _ index: CatalogueIndex) -> [String: [String]] {
        var ids: [String: Set<String>] = [:]
        switch o.type {
        case .leverancier, .community:
            for a in index.applicatiesPerAanbieder[o.id] ?? [] where !index.isMerged(a) {
                for rc in a.referentiecomponenten { ids[rc, default: []].insert(a.id) }
            }
        case .gemeente, .samenwerking:
            // PvE: landscapes only on the gemeenten site; on publiek `gebruik` is empty, so nothing is placed.
            for line in index.lines(index.gebruikPerAfnemer[o.id]) where line.isInGebruik {
                guard index.applicaties[line.applicatie] != nil else { continue }
                for rc in line.referentiecomponenten { ids[rc, default: []].insert(line.applicatie) }
            }
        }
        return ids.mapValues { set in
            set.compactMap { id in index.applicaties[id].map { (key: index.sortKey(id, naam: $0.naam, tieBreak: id), naam: $0.naam) } }
                .sorted { $0.key < $1.key }.map(\.naam)
        }
    }

    /// Whether `o` has anything on one of the views: what `of` would place, without names or sorting.
    /// `drawn`, when the views are drawn already, answers from their lookups instead of a scan.
    static func landsOnViews(_ o: Organisatie, _ index: CatalogueIndex, drawn: DrawnViews? = nil) -> Bool {
        var ids = Set<String>()
        switch o.type {
        case .leverancier, .community:
            for a in index.applicatiesPerAanbieder[o.id] ?? [] where !index.isMerged(a) { ids.formUnion(a.referentiecomponenten) }
        case .gemeente, .samenwerking:
            for line in index.lines(index.gebruikPerAfnemer[o.id]) where line.isInGebruik && index.applicaties[line.applicatie] != nil {
                ids.formUnion(line.referentiecomponenten)
            }
        }
        guard !ids.isEmpty else { return false }
        if let drawn { return drawn.views.contains { view in ids.contains { view.targets[$0] != nil } } }
        for view in index.catalogus.gemma.views {
            for node in view.nodes {
                if let id = node.objectID, ids.contains(id), index.referentiecomponenten[id] != nil { return true }
            }
        }
        return false
    }

    /// The address of an organisation's GEMMA views page.
    static func url(_ o: Organisatie, _ index: CatalogueIndex) -> String? {
        index.urls.organisatie(o).map { $0 + "gemma/" }
    }
}
