import Builder
import Foundation

/// The builder's valid fixture content with the project's templates, copied into a fresh temporary
/// folder (as BuilderTests' TestSite does), so edits made by a test touch nothing else.
struct ServeFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let content = testsFolder.appendingPathComponent("BuilderTests/Fixtures/valid/content")
    static let templates = testsFolder.deletingLastPathComponent().appendingPathComponent("Templates")

    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("swc-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.content, to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Self.templates, to: root.appendingPathComponent("Templates"))
    }

    /// A build of the copy into `site/`, without downloads to keep every rebuild short.
    var options: BuildOptions {
        var options = BuildOptions(
            dataDirectory: root.appendingPathComponent("content/catalogus").path, contentDirectory: root.appendingPathComponent("content").path,
            templatesDirectory: root.appendingPathComponent("Templates").path, outputDirectory: root.appendingPathComponent("site").path)
        options.settings.downloads = false
        return options
    }

    func write(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(relativePath))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
