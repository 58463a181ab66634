import CatalogusModel
import Content
import Diagnostics
import Downloads
import Mustache
import Parallel

/// Decides every file of the site and the view model it is rendered from. Pure: no disk, no clock.
/// It receives only the `VisibleCatalogus`, so it cannot reach what the audience may not see.
public enum SitePlanner {
    public static let defaultPageTemplate = "pagina"

    /// The overview pages of the catalogue; the editor writes their titles and introductions.
    static let sectionURLs = Set(CatalogueURLs.Section.allCases.map(\.url))

    /// `templates` are the names the template set holds, so that a page's `sjabloon` can be checked here,
    /// where its line is known.
    /// `previous` is the last published snapshot: what it published and this build would not
    /// write becomes a redirect or a "verwijderd" page. Every address goes into `urls.json`.
    public static func plan(_ content: SiteContent, catalogus: VisibleCatalogus, settings: SiteSettings, templates: Set<String>,
                            previous: PreviousSnapshot? = nil) -> ([PlannedFile], DiagnosticList) {
        var problems = DiagnosticList()
        let index = CatalogueIndex(catalogus, downloads: settings.downloads, insight: settings.insight)
        let frame = PageFrame(
            layout: LayoutViewModel(texts: content.texts, menu: content.menu, settings: settings),
            titles: Dictionary(content.pages.map { ($0.url, $0.frontMatter.titel) }, uniquingKeysWith: { a, _ in a }),
            sections: CatalogueURLs.Section.allCases.map(\.url))
        let counts = CatalogueCounts.make(index)
        let subpagesByParent = LayoutViewModel.subpagesByParent(content.pages)
        let publishesCatalogue = !catalogus.organisaties.isEmpty
        // Search only where the editor gave it a page, so a site without one gets no index either.
        // Its index needs only the catalogue, so it is made on one core while the pages are planned on the other.
        let searchPage = publishesCatalogue ? content.pages.first { $0.url == SearchPlan.url } : nil
        let (search, (planned, catalogue)) = both({
            searchPage.map { SearchPlan.make(index, page: $0, pages: content.pages, frame: frame, templates: templates,
                                             subpagesByParent: subpagesByParent, kind: ["catalogus": counts]) }
        }, {
            let insightPages = publishesCatalogue && settings.insight ? InsightPlan.pageURLs : []
            let planned = parallelMap(content.pages.filter { $0.url != searchPage?.url && !insightPages.contains($0.url) }) { page -> Result<PlannedFile, Diagnostic> in
                let section = CatalogueURLs.Section.allCases.first { $0.url == page.url && publishesCatalogue }
                let isDownloads = page.url == DownloadsViewModel.url && publishesCatalogue
                let template = page.frontMatter.sjabloon ?? (section != nil ? "overzicht" : isDownloads ? "downloads" : defaultPageTemplate)
                guard templates.contains(template) else {
                    let at = SourceLocation(file: page.sourcePath, line: page.frontMatter.sjabloonLine ?? 1, column: 1)
                    return .failure(.error(at, SiteMessages.unknownTemplate(template, known: templates)))
                }
                var kind: [String: MustacheValue] = ["catalogus": counts]
                if let section { kind["overzicht"] = .object(OverviewViewModel.make(section, index)) }
                if isDownloads { kind["downloads"] = .object(DownloadsViewModel.make(audience: catalogus.audience, withFiles: settings.downloads)) }
                let value = PageViewModel.make(page, frame: frame, subpagesByParent: subpagesByParent, kind: kind)
                return .success(PlannedFile(path: PlannedFile.outputPath(forURL: page.url), template: template, value: value))
            }
            var problems = DiagnosticList()
            let catalogue = publishesCatalogue ? CataloguePages.plan(index, frame: frame, templates: templates, problems: &problems) : ([], [])
            return (planned, (pages: catalogue.0, published: catalogue.1, problems: problems))
        })
        var files: [PlannedFile] = []
        for result in planned {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        var entries = content.pages.filter { !$0.isNotFoundPage }.map { PublishedURL(url: $0.url, soort: .pagina) }
        if publishesCatalogue {
            let missing = sectionURLs.subtracting(frame.titles.keys).sorted()
            for url in missing {
                problems.append(.error(SourceLocation(file: "\(content.root)\(url)index.md"), SiteMessages.missingSectionPage(url)))
            }
            if frame.titles[DownloadsViewModel.url] == nil {
                problems.append(.error(SourceLocation(file: "\(content.root)\(DownloadsViewModel.url)index.md"), SiteMessages.missingSectionPage(DownloadsViewModel.url)))
            }
            files += catalogue.pages
            entries += catalogue.published
            problems.append(contentsOf: catalogue.problems)
            // Without insight (`--no-insight`) its editor pages (`/vergelijken/`, …) are plain pages in the loop above.
            let insight = settings.insight ? InsightPlan.plan(InsightContext(index: index, frame: frame, settings: settings, templates: templates, pages: content.pages,
                                                          subpagesByParent: subpagesByParent, kind: ["catalogus": counts], previous: previous)) : InsightFiles()
            files += insight.files
            entries += insight.published
            problems.append(contentsOf: insight.problems)
            files += search?.files ?? []
            problems.append(contentsOf: search?.problems ?? DiagnosticList())
            files += (settings.downloads ? Downloads.files(catalogus, links: index.urls.pageLinks(baseURL: settings.baseURL)) : []).map { download in
                PlannedFile(path: download.path, makeBytes: download.make)
            }
        }
        let urls = files.filter { $0.path == "index.html" || $0.path.hasSuffix("/index.html") }.map { "/" + $0.path.dropLast("index.html".count) }
        let kept = Continuity.plan(published: entries, index: index, frame: frame, previous: previous)
        files += kept.files
        let manifest = URLManifest.encode(entries + kept.entries)
        files.append(PlannedFile(path: URLManifest.fileName) { manifest })
        files += MachineFiles.plan(urls: urls, settings: settings)
        return (files, problems)
    }
}

/// The pages of applicaties, organisaties and referentiecomponenten.
enum CataloguePages {
    /// The pages, and what each publishes for `urls.json`. Objects that went up in another get a
    /// redirect from `Continuity` instead.
    static func plan(_ index: CatalogueIndex, frame: PageFrame, templates: Set<String>, problems: inout DiagnosticList) -> ([PlannedFile], [PublishedURL]) {
        let c = index.catalogus
        var pages: [(url: String?, soort: PublishedURL.Soort, id: String, titel: String, beschrijving: String, template: String, make: @Sendable () -> [String: MustacheValue])] = []
        for a in c.applicaties where !index.isMerged(a) {
            pages.append((index.urls.url(.applicaties, a.id), .applicatie, a.id, a.naam, a.beschrijvingKort, "applicatie", { ApplicatieViewModel.make(a, index) }))
        }
        for o in c.organisaties where !index.isMerged(o) {
            pages.append((index.urls.organisatie(o), .organisatie, o.id, o.naam, o.beschrijvingKort ?? "\(o.type.rawValue) \(o.naam)", "organisatie", { OrganisatieViewModel.make(o, index) }))
        }
        for r in c.gemma.referentiecomponenten {
            pages.append((index.urls.url(.referentiecomponenten, r.objectID), .referentiecomponent, r.objectID, r.naam, "Referentiecomponent \(r.naam)", "referentiecomponent", { ReferentiecomponentViewModel.make(r, index) }))
        }
        for name in (Set(pages.map(\.template)).union(["doorverwijzing", "verwijderd"])).sorted() where !templates.contains(name) {
            problems.append(.error(SourceLocation(file: "Templates/\(name).mustache"), SiteMessages.missingTemplate(name)))
        }
        var files: [PlannedFile] = [], published: [PublishedURL] = []
        for page in pages {
            guard let url = page.url else { continue }
            let section = CatalogueURLs.Section.allCases.first { url.hasPrefix($0.url) }?.url
            files.append(PlannedFile(path: PlannedFile.outputPath(forURL: url), template: page.template) {
                frame.value(url: url, titel: page.titel, beschrijving: page.beschrijving, section: section, kind: [page.template: .object(page.make())])
            })
            published.append(PublishedURL(url: url, soort: page.soort, id: page.id))
        }
        return (files, published)
    }
}

enum SiteMessages {
    static func unknownTemplate(_ name: String, known: Set<String>) -> String {
        let pages = known.filter { !$0.contains(".") && !$0.hasPrefix("partials/") }.sorted()
        return "het sjabloon '\(name)' bestaat niet: maak Templates/\(name).mustache aan of kies een bestaand sjabloon (\(pages.joined(separator: ", ")))"
    }

    static func missingTemplate(_ name: String) -> String {
        "het sjabloon voor deze soort pagina ontbreekt: maak Templates/\(name).mustache aan"
    }

    static func missingSectionPage(_ url: String) -> String {
        "de overzichtspagina \(url) heeft geen tekst: maak dit bestand met 'titel' en 'beschrijving' in de front matter en een korte inleiding"
    }
}
