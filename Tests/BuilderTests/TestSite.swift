import Builder
import Site
import Diagnostics
import Foundation
import XCTest

/// A fixture site copied into a fresh temporary folder, so tests never depend on the working
/// directory and never write twice into the same place.
struct TestSite {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let projectTemplates = testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

    let root: URL

    /// The valid fixture with the project's own templates, plus the files of `overlay` (an invalid fixture) on top.
    init(overlay: String? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("swc-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("valid/content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Self.projectTemplates, to: root.appendingPathComponent("Templates"))
        if let overlay { try copyOver(Self.fixtures.appendingPathComponent("invalid/\(overlay)")) }
    }

    var content: URL { root.appendingPathComponent("content") }
    var templates: URL { root.appendingPathComponent("Templates") }
    var output: URL { root.appendingPathComponent("site") }

    func options(audience: Site.Audience = .publiek, baseURL: String? = nil, output: URL? = nil) -> BuildOptions {
        BuildOptions(
            dataDirectory: root.appendingPathComponent("content/catalogus").path, contentDirectory: content.path,
            templatesDirectory: templates.path, outputDirectory: (output ?? self.output).path,
            audience: audience, baseURL: baseURL)
    }

    /// Builds and returns the report and the diagnostics with the temporary folder cut from their paths.
    func build(_ options: BuildOptions? = nil) -> (BuildReport?, [String]) {
        let (report, problems) = Build(options: options ?? self.options()).build()
        return (report, problems.sorted.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") })
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Every file of a built tree with its bytes, for comparing trees.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
            var isDirectory: ObjCBool = false
            let path = url.standardizedFileURL.path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[String(path.dropFirst(base.count))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    private func copyOver(_ overlay: URL) throws {
        let base = overlay.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: overlay, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count))
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue, relative != "expected.txt" else { continue }
            let target = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: url, to: target)
        }
    }
}
