import Foundation
import Gemma
import JSON
@testable import Demo

/// The project's GEMMA subset (`content/catalogus/gemma.xml`) and demo catalogues made from it,
/// generated once per test run and shared by the tests.
enum DemoFixture {
    static let gemmaBytes: [UInt8] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("content/catalogus/gemma.xml")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("content/catalogus/gemma.xml ontbreekt; maak het met scripts/gemma-subset.py")
        }
        return Array(data)
    }()

    static let gemma: GemmaModel = {
        guard let model = GemmaReader.read(gemmaBytes, file: "gemma.xml").0 else { fatalError("gemma.xml is onleesbaar") }
        return model
    }()

    /// The project's demo scale: all 342 gemeenten, ~5% of everything else.
    static let small: [String: [UInt8]] = generate(0.05)

    /// The parsed files of `small`.
    static let smallCatalogue: ParsedCatalogue = ParsedCatalogue(small)

    static func generate(_ scale: Double) -> [String: [UInt8]] {
        do {
            return try DemoCatalogue.generate(DemoOptions(scale: scale), gemma: gemmaBytes)
        } catch {
            fatalError("demo op schaal \(scale) mislukt: \(error)")
        }
    }
}

/// The generated JSON files, parsed with the project's own reader.
struct ParsedCatalogue {
    let files: [String: [JSON]]
    let catalogus: JSON

    init(files: [String: [JSON]], catalogus: JSON) {
        self.files = files
        self.catalogus = catalogus
    }

    init(_ generated: [String: [UInt8]]) {
        var files: [String: [JSON]] = [:]
        var catalogus = JSON.null
        for (name, bytes) in generated where name.hasSuffix(".json") {
            guard let parsed = try? JSONReader.parse(bytes).plain else { fatalError("\(name) is geen geldige JSON") }
            if name == "catalogus.json" {
                catalogus = parsed
            } else {
                guard case .array(let items) = parsed else { fatalError("\(name) is geen array") }
                files[String(name.dropLast(5))] = items
            }
        }
        self.files = files
        self.catalogus = catalogus
    }

    subscript(_ file: String) -> [JSON] { files[file] ?? [] }
}

extension JSON {
    subscript(_ key: String) -> JSON? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var strings: [String]? {
        guard case .array(let items) = self else { return nil }
        let texts = items.compactMap(\.string)
        return texts.count == items.count ? texts : nil
    }

    var array: [JSON]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var int: Int? {
        if case .number(let literal) = self { return Int(literal) }
        return nil
    }

    var isBool: Bool {
        if case .bool = self { return true }
        return false
    }
}
