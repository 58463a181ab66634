import CatalogusModel
import Insight
import Mustache

/// Issue 6, Wijzigingen: with `--previous`, what changed since the last published snapshot, as
/// the page `/wijzigingen/` and Atom feeds: site-wide (`/wijzigingen/atom.xml`), per applicatie
/// (`/applicaties/SLUG/wijzigingen.xml`) and, on the gemeenten site only, per gemeente and
/// samenwerking for the applicaties in its landscape (`…/SLUG/wijzigingen.xml` and a page
/// `…/SLUG/wijzigingen/`). Without `--previous` the page says so and every feed is written with no
/// entries, so a subscribed address never turns into a 404.
enum Wijzigingen: InsightFeature {
    static let url = "/wijzigingen/"
    static let feedURL = "/wijzigingen/atom.xml"
    /// The file name of the feed beside an applicatie's or organisation's page.
    static let feedName = "wijzigingen.xml"
    /// The site-wide feed holds the newest changes only; the page lists them all.
    static let siteFeedLimit = 200

    static var pageURLs: [String] { [url] }

    static func plan(_ context: InsightContext) -> InsightFiles {
        let index = context.index
        var out = InsightFiles()
        let changes = ChangeSet(index, previous: context.previous)
        let texts = changes.changes.map { WijzigingText.make($0, index, oldURLs: changes.oldURLs) }
        let feeds = WijzigingenFeeds(changes: changes, texts: texts, index: index, baseURL: context.settings.baseURL)
        out.files.append(PlannedFile(path: String(feedURL.dropFirst())) { feeds.site().bytes })
        // Also for an applicatie that went up in another: its address is a redirect now, and its
        // feed says where it went.
        for a in index.catalogus.applicaties {
            guard let page = index.urls.url(.applicaties, a.id) else { continue }
            out.files.append(PlannedFile(path: String(page.dropFirst()) + feedName) { feeds.applicatie(a.id, naam: a.naam, page: page).bytes })
        }
        // Withdrawn applicaties keep their feed one more build, with the entry that says so.
        let taken = Set(index.catalogus.applicaties.compactMap { index.urls.url(.applicaties, $0.id) })
        for w in changes.changes where w.soort == .applicatieIngetrokken {
            guard let page = changes.oldURLs[w.subject], !taken.contains(page), Continuity.isSafe(page) else { continue }
            out.files.append(PlannedFile(path: String(page.dropFirst()) + feedName) { feeds.applicatie(w.subject, naam: w.naam, page: page).bytes })
        }
        if context.page(url) != nil || index.catalogus.audience == .gemeenten {
            context.require("wijzigingen", problems: &out.problems)
        }
        if index.catalogus.audience == .gemeenten {
            out.append(afnemers(context, changes: changes, texts: texts, feeds: feeds))
        }
        if let page = context.page(url) {
            let value = WijzigingenPage.make(Array(changes.changes.indices), changes: changes, texts: texts, feed: feedURL, gemeente: nil)
            out.files.append(context.editorPage(page, template: "wijzigingen", values: ["wijzigingen": value], problems: &out.problems))
        }
        return out
    }

    /// PvE: landscapes only on the gemeenten site; the caller checks the audience, and on the
    /// public site the catalogue has no landscapes to begin with.
    private static func afnemers(_ context: InsightContext, changes: ChangeSet, texts: [WijzigingText], feeds: WijzigingenFeeds) -> InsightFiles {
        let index = context.index
        var out = InsightFiles()
        for o in index.catalogus.organisaties where o.isAfnemer && !index.isMerged(o) {
            guard let page = index.urls.organisatie(o) else { continue }
            let feed = page + feedName, url = page + "wijzigingen/"
            out.files.append(PlannedFile(path: String(feed.dropFirst())) { feeds.afnemer(o, page: url, feed: feed).bytes })
            out.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: "wijzigingen") {
                let value = WijzigingenPage.make(changes.positions(o.id), changes: changes, texts: texts, feed: feed, gemeente: (o.naam, page))
                return context.frame.value(url: url, titel: "Wijzigingen voor \(o.naam)",
                                           beschrijving: "Wat er veranderde aan de applicaties in het landschap van \(o.naam)",
                                           section: CatalogueURLs.Section.allCases.first { page.hasPrefix($0.url) }?.url,
                                           kind: ["wijzigingen": value])
            })
            out.published.append(PublishedURL(url: url, soort: .pagina))
        }
        return out
    }

    static func applicatieLinks(_ a: Applicatie, _ index: CatalogueIndex) -> [InsightLink] {
        guard let page = index.urls.url(.applicaties, a.id) else { return [] }
        return [InsightLink(titel: "Wijzigingen van \(a.naam) (Atom-feed)", url: page + feedName, feed: true)]
    }

    static func organisatieLinks(_ o: Organisatie, _ index: CatalogueIndex) -> [InsightLink] {
        guard index.catalogus.audience == .gemeenten, o.isAfnemer, let page = index.urls.organisatie(o) else { return [] }
        return [InsightLink(titel: "Wijzigingen in het landschap", url: page + "wijzigingen/"),
                InsightLink(titel: "Wijzigingen in het landschap (Atom-feed)", url: page + feedName, feed: true)]
    }
}

/// The changes of one build, found once and looked up by applicatie and by afnemer.
struct ChangeSet: Sendable {
    let changes: [Wijziging]
    let compared: Bool
    let peildatum: String
    let vorigePeildatum: String?
    /// Applicatie id → positions in `changes`.
    let perApplicatie: [String: [Int]]
    /// Applicatie id → its page in the previous snapshot.
    let oldURLs: [String: String]
    /// Afnemer id → applicaties in its landscape now or in the previous snapshot (gemeenten site only).
    let landscapes: [String: Set<String>]

    init(_ index: CatalogueIndex, previous: PreviousSnapshot?) {
        let current = index.catalogus
        changes = previous.map { ChangeDetection.changes(from: $0.catalogus, to: current) } ?? []
        compared = previous != nil
        peildatum = current.info.peildatum ?? previous?.catalogus.info.peildatum ?? "1970-01-01"
        vorigePeildatum = previous?.catalogus.info.peildatum
        var perApplicatie: [String: [Int]] = [:]
        for (position, w) in changes.enumerated() {
            for id in w.applicaties { perApplicatie[id, default: []].append(position) }
        }
        self.perApplicatie = perApplicatie
        var oldURLs: [String: String] = [:]
        for w in changes where w.soort == .applicatieIngetrokken {
            oldURLs[w.subject] = previous?.catalogueURLs.url(.applicaties, w.subject)
        }
        self.oldURLs = oldURLs
        var landscapes = current.audience == .gemeenten ? ChangeDetection.landscapes(current) : [:]
        if current.audience == .gemeenten, let previous {
            landscapes.merge(ChangeDetection.landscapes(previous.catalogus)) { $0.union($1) }
        }
        self.landscapes = landscapes
    }

    /// The changes of the applicaties in an afnemer's landscape, each once, as positions in `changes`.
    func positions(_ afnemer: String) -> [Int] {
        Set((landscapes[afnemer] ?? []).flatMap { perApplicatie[$0] ?? [] }).sorted()
    }
}
