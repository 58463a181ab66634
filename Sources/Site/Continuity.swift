import CatalogusModel
import Mustache

/// What the last published snapshot had: its addresses, and which objects went up in which.
public struct PreviousSnapshot: Sendable {
    var urls: [PublishedURL]
    /// `soort/id` → the id the object went up in (`opgegaanIn`), as the previous data said.
    var successors: [String: String]
    /// `soort/id` → the name it had, for the redirect page ("Brielle is opgegaan in Voorne aan Zee").
    var names: [String: String]
    /// The previous catalogue itself, as the same audience saw it, and its page addresses: what
    /// the changes page and the Atom feeds compare this build against (issue 6, Wijzigingen).
    let catalogus: VisibleCatalogus
    let catalogueURLs: CatalogueURLs

    /// The snapshot published from `catalogus` (the previous data folder, for the same audience),
    /// together with the `urls.json` kept beside it, which also holds older redirects.
    public init(catalogus: VisibleCatalogus, manifest: [PublishedURL]) {
        let urls = CatalogueURLs(catalogus)
        self.catalogus = catalogus
        self.catalogueURLs = urls
        var entries = manifest
        for a in catalogus.applicaties {
            if let url = urls.url(.applicaties, a.id) { entries.append(PublishedURL(url: url, soort: .applicatie, id: a.id)) }
        }
        for o in catalogus.organisaties {
            if let url = urls.organisatie(o) { entries.append(PublishedURL(url: url, soort: .organisatie, id: o.id)) }
        }
        for r in catalogus.gemma.referentiecomponenten {
            if let url = urls.url(.referentiecomponenten, r.objectID) { entries.append(PublishedURL(url: url, soort: .referentiecomponent, id: r.objectID)) }
        }
        self.urls = entries
        var successors: [String: String] = [:]
        for a in catalogus.applicaties { if let next = a.opgegaanIn { successors[Continuity.key(.applicatie, a.id)] = next } }
        for o in catalogus.organisaties { if let next = o.opgegaanIn { successors[Continuity.key(.organisatie, o.id)] = next } }
        self.successors = successors
        var names: [String: String] = [:]
        for a in catalogus.applicaties { names[Continuity.key(.applicatie, a.id)] = a.naam }
        for o in catalogus.organisaties { names[Continuity.key(.organisatie, o.id)] = o.naam }
        for r in catalogus.gemma.referentiecomponenten { names[Continuity.key(.referentiecomponent, r.objectID)] = r.naam }
        self.names = names
    }
}

/// URLs that stay: an object that went up in another (`opgegaanIn`) gets a redirect page at its
/// own address; an address the previous snapshot published that this build would not write
/// becomes a redirect to where the object is now, or a short "verwijderd" page.
enum Continuity {
    static func key(_ soort: PublishedURL.Soort, _ id: String) -> String { soort.rawValue + "/" + id }

    /// The live page of an object now, following `opgegaanIn` (this data's, then the previous one's).
    static func currentURL(_ soort: PublishedURL.Soort, _ id: String, _ index: CatalogueIndex, previous: PreviousSnapshot?) -> (url: String, naam: String, id: String)? {
        var id = id
        var seen: Set<String> = []
        while seen.insert(id).inserted {
            switch soort {
            case .applicatie:
                guard let a = index.applicaties[id] else {
                    if let next = index.catalogus.applicatieOpvolgers[id] { id = next; continue }
                    break
                }
                if let next = a.opgegaanIn { id = next; continue }
                return index.urls.url(.applicaties, id).map { ($0, a.naam, id) }
            case .organisatie:
                guard let o = index.organisaties[id] else {
                    if let next = index.catalogus.organisatieOpvolgers[id] { id = next; continue }
                    break
                }
                if let next = o.opgegaanIn { id = next; continue }
                return index.urls.organisatie(o).map { ($0, o.naam, id) }
            case .referentiecomponent:
                return index.referentiecomponenten[id].flatMap { r in index.urls.url(.referentiecomponenten, id).map { ($0, r.naam, id) } }
            case .pagina:
                return nil
            }
            guard let next = previous?.successors[key(soort, id)] else { return nil }
            id = next
        }
        return nil
    }

    /// Objects that went up in another one that has a page: they get a redirect, not a page.
    static func merged(_ index: CatalogueIndex) -> Set<String> {
        var keys: Set<String> = []
        for a in index.catalogus.applicaties where a.opgegaanIn != nil {
            if let target = currentURL(.applicatie, a.id, index, previous: nil), target.id != a.id { keys.insert(key(.applicatie, a.id)) }
        }
        for o in index.catalogus.organisaties where o.opgegaanIn != nil {
            if let target = currentURL(.organisatie, o.id, index, previous: nil), target.id != o.id { keys.insert(key(.organisatie, o.id)) }
        }
        return keys
    }

    /// Redirect and "verwijderd" pages, and the manifest entries for them.
    static func plan(published current: [PublishedURL], index: CatalogueIndex, frame: PageFrame, previous: PreviousSnapshot?) -> (files: [PlannedFile], entries: [PublishedURL]) {
        var files: [PlannedFile] = []
        var entries: [PublishedURL] = []
        var taken = Set(current.map(\.url))
        // Objects that went up in another keep their address, as a redirect.
        for a in index.catalogus.applicaties where index.merged.contains(key(.applicatie, a.id)) {
            guard let url = index.urls.url(.applicaties, a.id) else { continue }
            if let page = redirect(url, soort: .applicatie, id: a.id, naam: a.naam, index: index, frame: frame, previous: previous) {
                files.append(page.file); entries.append(page.entry); taken.insert(url)
            }
        }
        for o in index.catalogus.organisaties where index.merged.contains(key(.organisatie, o.id)) {
            guard let url = index.urls.organisatie(o) else { continue }
            if let page = redirect(url, soort: .organisatie, id: o.id, naam: o.naam, index: index, frame: frame, previous: previous) {
                files.append(page.file); entries.append(page.entry); taken.insert(url)
            }
        }
        // What was published before and is not written now.
        var previousByURL: [String: PublishedURL] = [:]
        for entry in previous?.urls ?? [] where previousByURL[entry.url] == nil { previousByURL[entry.url] = entry }
        for (url, entry) in previousByURL.sorted(by: { $0.key < $1.key }) where !taken.contains(url) && isSafe(url) {
            taken.insert(url)
            if let id = entry.id, let page = redirect(url, soort: entry.soort, id: id, naam: previous?.names[key(entry.soort, id)], index: index, frame: frame, previous: previous) {
                files.append(page.file); entries.append(page.entry)
            } else {
                files.append(removed(url, entry, frame: frame))
                entries.append(PublishedURL(url: url, soort: entry.soort, id: entry.id, verwijderd: true))
            }
        }
        return (files, entries)
    }

    private static func redirect(_ url: String, soort: PublishedURL.Soort, id: String, naam: String?, index: CatalogueIndex, frame: PageFrame, previous: PreviousSnapshot?) -> (file: PlannedFile, entry: PublishedURL)? {
        guard let target = currentURL(soort, id, index, previous: previous), target.url != url else { return nil }
        let oldName = naam ?? target.naam
        let file = PlannedFile(path: PlannedFile.outputPath(forURL: url), template: "doorverwijzing") {
            frame.value(url: url, titel: oldName, beschrijving: "Doorverwijzing naar \(target.naam)",
                        pagina: ["canonical": .string(frame.layout.settings.baseURL.map { $0 + target.url } ?? target.url)],
                        kind: ["doorverwijzing": .object([
                            "oud": .string(oldName), "naam": .string(target.naam), "url": .string(target.url),
                            "opgegaan": .bool(target.id != id), "hernoemd": .bool(target.id == id),
                        ])])
        }
        return (file, PublishedURL(url: url, soort: soort, id: id, doorverwijzing: target.url))
    }

    private static func removed(_ url: String, _ entry: PublishedURL, frame: PageFrame) -> PlannedFile {
        let overview: String? = switch entry.soort {
        case .applicatie: CatalogueURLs.Section.applicaties.url
        case .organisatie: url.hasPrefix(CatalogueURLs.Section.leveranciers.url) ? CatalogueURLs.Section.leveranciers.url
            : url.hasPrefix(CatalogueURLs.Section.samenwerkingen.url) ? CatalogueURLs.Section.samenwerkingen.url : CatalogueURLs.Section.gemeenten.url
        case .referentiecomponent: CatalogueURLs.Section.referentiecomponenten.url
        case .pagina: nil
        }
        return PlannedFile(path: PlannedFile.outputPath(forURL: url), template: "verwijderd") {
            frame.value(url: url, titel: "Verwijderd", beschrijving: "Deze pagina is verwijderd uit de catalogus.",
                        pagina: ["noindex": .bool(true), "canonical": .null],
                        kind: ["verwijderd": .object([
                            "overzicht": overview.map(MustacheValue.string) ?? .null,
                            "overzicht_titel": overview.flatMap { frame.titles[$0] }.map(MustacheValue.string) ?? .null,
                        ])])
        }
    }

    /// An address from a manifest file becomes a path in the output: only clean root-relative
    /// slugs, so no manifest can make a file land outside the site.
    static func isSafe(_ url: String) -> Bool {
        guard url.hasPrefix("/"), url.hasSuffix("/"), url.count > 1 else { return false }
        return url.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }
}
