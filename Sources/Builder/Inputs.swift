import CatalogusLoader
import Content
import Foundation
import Diagnostics
import Mustache
import Site

/// The files a build reads, all in memory before anything is parsed.
struct Inputs: Sendable {
    var content: [SourceFile]
    var templates: [SourceFile]
    /// Copied unchanged to `/assets/` (the stylesheet).
    var assets: [SourceFile]
    /// The data folder's files by name (`applicaties.json`).
    var data: [String: SourceFile]
    /// The last published snapshot's data folder (`--previous`), with its `urls.json` when kept.
    var previous: [String: SourceFile]?

    static let assetsFolder = "assets"
    static let templateExtension = ".mustache"

    static func read(_ options: BuildOptions) -> Result<Inputs, DiagnosticList> {
        do {
            let content = try ContentReader.read(
                directory: options.contentDirectory, displayRoot: options.contentDirectory, extensions: [".md"],
                excluding: excludedFromContent(options))
            let templates = try ContentReader.read(
                directory: options.templatesDirectory, displayRoot: options.templatesDirectory,
                extensions: [templateExtension], excluding: [assetsFolder])
            let assetsDirectory = options.templatesDirectory + "/" + assetsFolder
            let assets = try ContentReader.read(
                directory: assetsDirectory, displayRoot: assetsDirectory, extensions: [".css", ".js", ".svg", ".ico", ".png", ".woff2"])
            var previous: [String: SourceFile]?
            if let folder = options.previousDataDirectory {
                switch DataFolder.read(folder) {
                case .success(var files):
                    let manifest = (folder.hasSuffix("/") ? folder : folder + "/") + URLManifest.fileName
                    if let bytes = SourceFile.bytes(atPath: manifest) {
                        files[URLManifest.fileName] = SourceFile(relativePath: URLManifest.fileName, displayPath: manifest, bytes: bytes)
                    }
                    previous = files
                case .failure(let problems): return .failure(problems)
                }
            }
            switch DataFolder.read(options.dataDirectory) {
            case .success(let data): return .success(Inputs(content: content, templates: templates, assets: assets, data: data, previous: previous))
            case .failure(let problems): return .failure(problems)
            }
        } catch {
            return .failure(DiagnosticList([.error(SourceLocation(file: error.path), BuildMessages.unreadable(error.reason))]))
        }
    }

    /// Template name from its path: `partials/menu.mustache` → `partials/menu`.
    static func templateName(_ file: SourceFile) -> String {
        String(file.relativePath.dropLast(templateExtension.count))
    }

    /// `content/catalogus/` holds the catalogue's data, not pages; so does a data folder placed
    /// anywhere else directly inside the content folder.
    private static func excludedFromContent(_ options: BuildOptions) -> Set<String> {
        let content = URL(fileURLWithPath: options.contentDirectory).standardizedFileURL.path + "/"
        let data = URL(fileURLWithPath: options.dataDirectory).standardizedFileURL.path
        var excluded: Set<String> = ["catalogus"]
        if data.hasPrefix(content), let top = data.dropFirst(content.count).split(separator: "/").first {
            excluded.insert(String(top))
        }
        return excluded
    }
}
