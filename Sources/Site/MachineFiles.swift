import Mustache

/// `robots.txt` and `sitemap.xml`: for search engines, rendered from templates like every page.
enum MachineFiles {
    static func plan(urls: [String], settings: SiteSettings) -> [PlannedFile] {
        // The gemeenten site lives behind a login and must never be indexed.
        let indexable = settings.audience == .publiek
        var files: [PlannedFile] = []
        let sitemap = settings.baseURL.map { $0 + "/sitemap.xml" }
        files.append(PlannedFile(path: "robots.txt", template: "robots.txt", value: .object([
            "alles_verbieden": .bool(!indexable),
            "sitemap": indexable ? sitemap.map(MustacheValue.string) ?? .null : .null,
        ])))
        if indexable, let base = settings.baseURL {
            let entries = urls.sorted().map { MustacheValue.object(["loc": .string(base + $0)]) }
            files.append(PlannedFile(path: "sitemap.xml", template: "sitemap.xml", value: .object(["urls": .list(entries)])))
        }
        return files
    }
}
