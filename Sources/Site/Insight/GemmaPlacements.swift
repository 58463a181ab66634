import CatalogusModel

/// What one organisation has per referentiecomponent, to place on the GEMMA views: a
/// leverancier its portfolio (the applicaties it offers, by their referentiecomponenten), a
/// gemeente or samenwerking its landscape (the applicaties it uses, by the referentiecomponenten
/// of each landscape line; phased-out lines left out). The pages gather it with the per-build
/// `GemmaPlacementTable`; this answers for a catalogue page that has no table at hand.
enum GemmaPlacements {
    /// Whether `o` has anything on one of the views (what the table would place), without names or sorting.
    static func landsOnViews(_ o: Organisatie, _ index: CatalogueIndex) -> Bool {
        var ids = Set<String>()
        switch o.type {
        case .leverancier, .community:
            guard let offered = index.applicatiesPerAanbieder[o.id] else { return false }
            for i in offered.indices where !index.isMerged(offered[i]) { ids.formUnion(offered[i].referentiecomponenten) }
        case .gemeente, .samenwerking:
            // PvE: landscapes only on the gemeenten site; on publiek `gebruik` is empty, so nothing is placed.
            guard let positions = index.gebruikPerAfnemer[o.id] else { return false }
            let gebruik = index.catalogus.gebruik
            for p in positions where gebruik[p].status != .uitgefaseerd && index.applicaties.index(forKey: gebruik[p].applicatie) != nil {
                ids.formUnion(gebruik[p].referentiecomponenten)
            }
        }
        guard !ids.isEmpty else { return false }
        for view in index.catalogus.gemma.views {
            for node in view.nodes {
                if let id = node.objectID, ids.contains(id), index.referentiecomponenten.index(forKey: id) != nil { return true }
            }
        }
        return false
    }

    /// The address of an organisation's GEMMA views page.
    static func url(_ o: Organisatie, _ index: CatalogueIndex) -> String? {
        index.urls.organisatie(o).map { $0 + "gemma/" }
    }
}
