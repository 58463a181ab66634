import Foundation
import Mustache

/// One test of a spec file: a template, its data and partials, and the expected output.
struct SpecCase {
    var name: String
    var template: String
    var data: MustacheValue
    var partials: [String: String]
    var expected: String

    /// Name under which the case's own template joins its partials in the TemplateSet.
    static let templateName = "__test__"

    static func load(from url: URL) throws -> [SpecCase] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        guard let root = json as? [String: Any], let tests = root["tests"] as? [[String: Any]] else { return [] }
        return tests.map { test in
            SpecCase(
                name: test["name"] as? String ?? "?",
                template: test["template"] as? String ?? "",
                data: mustacheValue(fromJSON: test["data"] ?? NSNull()),
                partials: test["partials"] as? [String: String] ?? [:],
                expected: test["expected"] as? String ?? ""
            )
        }
    }

    /// The rendered output, or a description of the error so the failure message shows it.
    func run() -> String {
        var sources = partials
        sources[Self.templateName] = template
        do {
            let set = try TemplateSet(sources: sources, options: .spec)
            return try set.render(Self.templateName, data)
        } catch {
            return "<fout: \(error)>"
        }
    }
}

/// Converts JSONSerialization output. Booleans arrive as NSNumber too: on Linux they are
/// `__NSCFBoolean` with Objective-C type "c", while integers are "i"/"q" and decimals "d".
func mustacheValue(fromJSON json: Any) -> MustacheValue {
    switch json {
    case is NSNull:
        return .null
    case let string as String:
        return .string(string)
    case let number as NSNumber:
        switch String(cString: number.objCType) {
        case "c", "B": return .bool(number.boolValue)
        case "d", "f": return .double(number.doubleValue)
        default: return .int(number.intValue)
        }
    case let array as [Any]:
        return .list(array.map(mustacheValue(fromJSON:)))
    case let object as [String: Any]:
        return .object(object.mapValues(mustacheValue(fromJSON:)))
    default:
        return .null
    }
}
