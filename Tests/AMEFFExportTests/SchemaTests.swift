import Foundation
import XCTest

/// Every file against the Open Group 3.1 schemas, when xmllint and the shared schemas are there.
/// Unit tests must pass without `../shared`, so this skips otherwise.
final class SchemaTests: XCTestCase {
    func testFilesValidateAgainstTheOpenGroupSchema() throws {
        let xmllint = "/usr/bin/xmllint"
        let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/schemas/ameff/ameff_offline.xsd").path
        guard FileManager.default.isExecutableFile(atPath: xmllint), FileManager.default.fileExists(atPath: schema) else {
            throw XCTSkip("xmllint of ../shared/schemas/ameff ontbreekt: schemacontrole overgeslagen")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ameff-schema-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (i, bytes) in (allFiles(Fixture.index(.gemeenten)) + allFiles(Fixture.index(.publiek))).enumerated() {
            let url = folder.appendingPathComponent("\(i).xml")
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", "--schema", schema] + paths
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
    }
}
