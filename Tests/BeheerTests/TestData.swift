import Diagnostics
import Foundation
import JSON
import XCTest

/// Data folders for tests: small ones written inline, and the project's demo catalogue.
enum TestData {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let projectRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let demoFolder = projectRoot.appendingPathComponent("content/catalogus")

    /// File name → contents, from JSON values written in the stable format, as `DataFolder.read` gives them.
    static func files(_ contents: [String: JSON], folder: String = "data") -> [String: SourceFile] {
        var files: [String: SourceFile] = [:]
        for (name, json) in contents {
            files[name] = SourceFile(relativePath: name, displayPath: folder + "/" + name, text: JSONWriter.format(json))
        }
        return files
    }

    /// The demo catalogue's files, read from the project (they are part of the repository).
    static func demoFiles(file: StaticString = #filePath, line: UInt = #line) throws -> [String: SourceFile] {
        var files: [String: SourceFile] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: demoFolder.path) where name.hasSuffix(".json") || name == "gemma.xml" {
            let bytes = try XCTUnwrap(SourceFile.bytes(atPath: demoFolder.appendingPathComponent(name).path), file: file, line: line)
            files[name] = SourceFile(relativePath: name, displayPath: "content/catalogus/" + name, bytes: bytes)
        }
        return files
    }

    /// A fresh, empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swc-beheer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// An object from key–value pairs, in the order given: `object(("id", "a"), ("naam", "A"))`.
func object(_ fields: (String, JSON)...) -> JSON {
    .object(fields.map { JSONField($0.0, $0.1) })
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
}

extension SourceFile {
    /// The elements of an array file, as plain JSON objects.
    func objects(file: StaticString = #filePath, line: UInt = #line) -> [[JSONField]] {
        guard let root = try? JSONReader.parse(bytes), case .array(let items) = root.plain else {
            XCTFail("\(displayPath) is geen lijst", file: file, line: line)
            return []
        }
        return items.compactMap { if case .object(let fields) = $0 { fields } else { nil } }
    }
}

extension [JSONField] {
    subscript(key: String) -> JSON? { first { $0.key == key }?.value }

    var id: String { if case .string(let id) = self["id"] { id } else { "" } }
}

/// The objects of a file in the stable format, each as the exact text it has there, by id: the
/// format puts every top-level object between a line `  {` and a line `  }` or `  },`.
func objectTexts(_ bytes: [UInt8]) -> [String: String] {
    let text = String(decoding: bytes, as: UTF8.self)
    var result: [String: String] = [:]
    for chunk in text.components(separatedBy: "\n  {\n").dropFirst() {
        let body = chunk.components(separatedBy: "\n  }").first ?? chunk
        guard let idLine = body.split(separator: "\n").first(where: { $0.hasPrefix("    \"id\": ") }) else { continue }
        let id = idLine.dropFirst("    \"id\": \"".count).prefix { $0 != "\"" }
        result[String(id)] = body
    }
    return result
}

extension String {
    /// A merge summary with its wrapped lines joined again, so tests need not know where lines break.
    var unwrapped: String {
        replacingOccurrences(of: "\n      ", with: " ").replacingOccurrences(of: "\n    ", with: " ")
    }
}
