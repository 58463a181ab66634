import CatalogusLoader
import Diagnostics
import Foundation
import XCTest

/// The import fixtures (`Tests/ImporterFixtures`, outside the test target so SwiftPM does not ask
/// to declare them as resources), located from this file.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ImporterFixtures")
    static var validExport: String { folder.appendingPathComponent("valid/export.csv").path }
    static var gemma: String { folder.appendingPathComponent("gemma-klein.xml").path }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(relativePath)))
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// `<root>/../shared/fixtures/ameff/NAME`, or a skip when the shared folder is not there.
    static func shared(_ name: String) throws -> String {
        let path = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/fixtures/ameff/\(name)").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("../shared ontbreekt: \(name) niet getest") }
        return path
    }
}

/// A fresh data folder in the temporary directory, removed when the test ends.
final class DataFolderFixture {
    let path: String

    /// An empty folder, with the small GEMMA model as gemma.xml unless `gemma` is false.
    init(gemma: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("swc-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        if gemma { try FileManager.default.copyItem(atPath: Fixtures.gemma, toPath: path + "/gemma.xml") }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path + "/" + name, encoding: .utf8)
    }

    /// Every file and its bytes, to show that nothing was written.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
        }
        return files
    }

    /// The files as the planning functions take them.
    func files() throws -> [String: SourceFile] {
        guard case .success(let files) = DataFolder.read(path) else { throw XCTSkip("cannot read \(path)") }
        return files
    }

    /// What the loader says about the folder: the errors, with the folder cut from their paths.
    func loadErrors() throws -> [String] {
        let (catalogus, problems) = CatalogusLoader.load(try files(), folder: path)
        XCTAssertEqual(catalogus == nil, problems.hasErrors)
        return problems.errors.map { $0.description.replacingOccurrences(of: path + "/", with: "") }
    }
}

/// Diagnostics as `file:line:col: severity: message`, with `prefix` cut from the paths.
func lines(_ problems: DiagnosticList, cutting prefix: String) -> [String] {
    problems.sorted.map { $0.description.replacingOccurrences(of: prefix, with: "") }
}
