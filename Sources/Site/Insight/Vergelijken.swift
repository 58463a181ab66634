import CatalogusModel
import Diagnostics
import Gemma
import Insight
import Mustache
import Parallel

/// `/vergelijken/`: 2 to 4 applicaties side by side. The visitor picks them with "Vergelijk"
/// checkboxes and the choice lives in the address, `/vergelijken/?a=SLUG,SLUG`, with the slugs of
/// the applicaties' own pages (`/applicaties/SLUG/`); `vergelijken.js` fetches one small file per
/// applicatie, `/vergelijken/SLUG.json`, and draws the table. Without JavaScript every
/// referentiecomponent with two or more applicaties has a comparison of all of them at
/// `/vergelijken/SLUG/` (the component's slug). The JSON files and the pages sit side by side
/// without clashing: a file ends in `.json`, a page is a folder.
enum Vergelijken: InsightFeature {
    static let url = "/vergelijken/"
    static let pageURLs = [url]
    /// The most applicaties compared at once: `/vergelijken/` gives it to `vergelijken.js`; the
    /// bar's text (`partials/vergelijkbalk.mustache`) and the script's default for the other pages say 4 as well.
    static let maximum = 4

    /// A referentiecomponent's comparison page: its applicaties A–Z, without those that went up in another.
    struct Component: Sendable {
        let referentiecomponent: Referentiecomponent
        let url: String
        let applicaties: [Applicatie]
    }

    /// Every applicatie's profile, made once per build on all cores: the JSON files and the
    /// component pages (where most applicaties appear two or three times) share them.
    struct Profielen: Sendable {
        let kenmerken: VergelijkProfielen.Standaarden
        let byID: [String: VergelijkProfiel]
        /// Per applicatie its cells for the fixed criteria as HTML, the same on every component
        /// page it is on (most applicaties are on two or three).
        let vasteCellen: [String: String]

        init(_ applicaties: [Applicatie], _ index: CatalogueIndex) {
            let kenmerken = VergelijkProfielen.kenmerken(index)
            self.kenmerken = kenmerken
            let made = parallelMap(applicaties, batch: 64) { a -> (String, VergelijkProfiel, String) in
                let profiel = VergelijkProfielen.make(a, index, kenmerken)
                return (a.id, profiel, VergelijkingViewModel.cells(VergelijkProfielen.vast.map(profiel.waarden), VergelijkProfielen.vast))
            }
            byID = Dictionary(made.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
            vasteCellen = Dictionary(made.map { ($0.0, $0.2) }, uniquingKeysWith: { a, _ in a })
        }

        func profiel(_ a: Applicatie, _ index: CatalogueIndex) -> VergelijkProfiel {
            byID[a.id] ?? VergelijkProfielen.make(a, index, kenmerken)
        }
    }

    static func plan(_ context: InsightContext) -> InsightFiles {
        var files = InsightFiles()
        let index = context.index
        guard let page = context.page(url) else {
            files.problems.append(.error(SourceLocation(file: "\(contentRoot(context))\(url)index.md"), SiteMessages.missingSectionPage(url)))
            return files
        }
        context.require("vergelijking", problems: &files.problems)
        let components = self.components(index)
        files.files.append(context.editorPage(page, template: "vergelijken", values: ["vergelijken": editorValue(components)], problems: &files.problems))
        let frame = context.frame
        let applicaties = index.live.applicaties
        let profielen = Profielen(applicaties, index)
        for component in components {
            let r = component.referentiecomponent
            files.files.append(PlannedFile(path: PlannedFile.outputPath(forURL: component.url), template: "vergelijking") {
                frame.value(url: component.url, titel: "Applicaties vergelijken: \(r.naam)",
                            beschrijving: "De \(component.applicaties.count) applicaties voor de referentiecomponent \(r.naam) naast elkaar.",
                            kind: ["vergelijking": VergelijkingViewModel.make(component, index, profielen)])
            })
            files.published.append(PublishedURL(url: component.url, soort: .pagina))
        }
        let rang = profielen.kenmerken.rang
        for a in applicaties {
            guard let url = index.urls.url(.applicaties, a.id) else { continue }
            files.files.append(PlannedFile(path: "vergelijken/\(lastSegment(url)).json") {
                VergelijkData.bytes(a, profielen.profiel(a, index), url: url, rang: rang)
            })
        }
        return files
    }

    /// "Vergelijken met andere applicaties voor X" on an applicatie's page, per component that has a comparison.
    static func applicatieLinks(_ a: Applicatie, _ index: CatalogueIndex) -> [InsightLink] {
        a.referentiecomponenten.compactMap { id -> (String, InsightLink)? in
            guard let r = index.referentiecomponenten[id], let url = componentURL(r, index) else { return nil }
            return (r.naam, InsightLink(titel: "Vergelijken met andere applicaties voor \(r.naam)", url: url))
        }.sorted { ($0.0, $0.1.url) < ($1.0, $1.1.url) }.map(\.1)
    }

    /// The comparison page of a referentiecomponent, when it has two or more applicaties to compare.
    static func componentURL(_ r: Referentiecomponent, _ index: CatalogueIndex) -> String? {
        // Asked for on every applicatie and component page: stop counting at two.
        var count = 0
        for a in index.applicatiesPerReferentiecomponent[r.objectID] ?? [] where !index.isMerged(a) {
            count += 1
            if count == 2 { break }
        }
        guard count == 2, let page = index.urls.url(.referentiecomponenten, r.objectID) else { return nil }
        return url + lastSegment(page) + "/"
    }

    /// Every component with a comparison, A–Z by name.
    static func components(_ index: CatalogueIndex) -> [Component] {
        index.catalogus.gemma.referentiecomponenten.compactMap { r -> (SortKey, Component)? in
            guard let url = componentURL(r, index) else { return nil }
            let applicaties = (index.applicatiesPerReferentiecomponent[r.objectID] ?? []).filter { !index.isMerged($0) }
                .map { (index.sortKey($0.id, naam: $0.naam, tieBreak: $0.id), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
            return (SortKey(r.naam, id: r.objectID), Component(referentiecomponent: r, url: url, applicaties: applicaties))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// What `vergelijken.mustache` shows: the criteria the script labels its rows with, and the
    /// comparisons per referentiecomponent A–Z.
    private static func editorValue(_ components: [Component]) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "maximum": .string("\(maximum)"),
            "kenmerken": .list(VergelijkProfielen.vast.map { .object(["sleutel": .string($0.sleutel), "naam": .string($0.naam), "leeg": .string($0.leeg)]) }),
            "niet_van_toepassing": .string(VergelijkProfielen.nietVanToepassing),
        ]
        value.merge(MustacheValue.listing("vergelijkingen", components.map { component in
            .object(["naam": .string(component.referentiecomponent.naam), "url": .string(component.url),
                     "aantal": .string(Format.number(component.applicaties.count))])
        })) { $1 }
        return .object(value)
    }

    private static func lastSegment(_ url: String) -> String {
        String(url.split(separator: "/").last ?? "")
    }

    /// Where the editor's pages are (the home page's folder), for the message when `/vergelijken/` has none.
    private static func contentRoot(_ context: InsightContext) -> String {
        guard let home = context.page("/")?.sourcePath, home.hasSuffix("/index.md") else { return "content" }
        return String(home.dropLast("/index.md".count))
    }
}
