import CatalogusModel
import Insight

/// The Atom feeds of the changes. Ids are `urn:uuid:`s made from the feed's path or the change's
/// key, so they stay the same across builds and whatever `--base-url` is. Links are absolute
/// with `--base-url`; without it they are root-relative, which RFC 4287 allows (readers resolve
/// them against the feed's own address) and which keeps a preview build working.
struct WijzigingenFeeds: Sendable {
    let changes: ChangeSet
    let index: CatalogueIndex
    let baseURL: String?
    /// The entry of each change, by its position in `changes.changes`: made once, since a change
    /// appears in the site feed, its applicatie's feed and the feed of every gemeente using it.
    private let entries: [AtomFeed.Entry]

    init(changes: ChangeSet, texts: [WijzigingText], index: CatalogueIndex, baseURL: String?) {
        self.changes = changes
        self.index = index
        self.baseURL = baseURL
        entries = zip(changes.changes, texts).map { w, text in
            AtomFeed.Entry(id: AtomFeed.uuid("swc-wijziging:" + w.key), title: text.titel, updated: AtomFeed.timestamp(w.datum),
                           link: (baseURL ?? "") + text.url, summary: text.tekst)
        }
    }

    func site() -> AtomFeed {
        feed(path: Wijzigingen.feedURL, page: Wijzigingen.url, title: "Wijzigingen in de \(catalogusNaam)",
             about: "de hele catalogus", Array(changes.changes.indices.prefix(Wijzigingen.siteFeedLimit)))
    }

    func applicatie(_ id: String, naam: String, page: String) -> AtomFeed {
        feed(path: page + Wijzigingen.feedName, page: page, title: "Wijzigingen van \(naam)", about: naam, changes.perApplicatie[id] ?? [])
    }

    /// Gemeenten site only (`Wijzigingen.afnemers`).
    func afnemer(_ o: Organisatie, page: String, feed path: String) -> AtomFeed {
        feed(path: path, page: page, title: "Wijzigingen in het landschap van \(o.naam)", about: "de applicaties in het landschap van \(o.naam)", changes.positions(o.id))
    }

    private var catalogusNaam: String {
        index.catalogus.info.naam.isEmpty ? "Softwarecatalogus" : index.catalogus.info.naam
    }

    private func absolute(_ url: String) -> String { (baseURL ?? "") + url }

    /// `positions`: of the changes in `changes.changes` the feed holds, in that order.
    private func feed(path: String, page: String, title: String, about: String, _ positions: [Int]) -> AtomFeed {
        let subtitle = changes.compared
            ? "Wat er aan \(about) veranderde tussen de peildatums \(Self.day(changes.vorigePeildatum)) en \(Self.day(changes.peildatum))."
            : "Deze bouw is niet met een eerdere peildatum vergeleken; er staan daarom geen wijzigingen in."
        return AtomFeed(
            id: AtomFeed.uuid("swc-feed:" + path), title: title, subtitle: subtitle,
            updated: AtomFeed.timestamp(changes.peildatum), selfLink: absolute(path), alternateLink: absolute(page),
            author: catalogusNaam,
            entries: positions.map { entries[$0] })
    }

    /// "2026-11-01" → "01-11-2026", as the pages write dates.
    static func day(_ iso: String?) -> String {
        guard let iso else { return "onbekend" }
        let parts = iso.split(separator: "-")
        return parts.count == 3 ? "\(parts[2])-\(parts[1])-\(parts[0])" : iso
    }
}
