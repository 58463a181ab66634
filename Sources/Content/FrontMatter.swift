import Diagnostics

/// The block between `---` lines at the top of a page.
public struct FrontMatter: Sendable, Equatable {
    public var titel: String
    public var beschrijving: String
    /// Order among siblings in lists; pages without it come after those with it, by title.
    public var volgorde: Int?
    /// Template name other than the default `pagina`, with the line it stands on for messages.
    public var sjabloon: String?
    public var sjabloonLine: Int?

    /// The keys an editor may use; anything else is a typo we would rather report than ignore.
    static let allowedKeys = ["titel", "beschrijving", "volgorde", "sjabloon"]
    static let requiredKeys = ["titel", "beschrijving"]

    /// Builds the front matter from parsed values; `volgorde` must be a whole number.
    static func make(_ values: [String: FrontMatterParser.Value], file: String) -> (FrontMatter, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var volgorde: Int?
        if let raw = values["volgorde"] {
            volgorde = Int(raw.value)
            if volgorde == nil {
                let at = SourceLocation(file: file, line: raw.line, column: raw.column)
                problems.append(.error(at, ContentMessages.notANumber("volgorde", raw.value)))
            }
        }
        let frontMatter = FrontMatter(
            titel: values["titel"]?.value ?? "", beschrijving: values["beschrijving"]?.value ?? "",
            volgorde: volgorde, sjabloon: values["sjabloon"]?.value, sjabloonLine: values["sjabloon"]?.line)
        return (frontMatter, problems)
    }
}

/// Splits a page into front matter and markdown body.
enum FrontMatterParser {
    typealias Value = (value: String, line: Int, column: Int)

    struct Parsed {
        var values: [String: Value]
        /// Body text, and the line of the source it starts on.
        var body: String
        var bodyLine: Int
        /// The line of the closing `---`, where a missing key is reported.
        var closingLine: Int
    }

    /// Reads `key: value` lines; keys outside `allowed` and missing `required` keys are errors.
    /// Returns nil when there is no complete block.
    static func parse(_ text: String, file: String, allowed: [String], required: [String]) -> (Parsed?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var lines = LineReader(text)
        let at = { (line: Int, column: Int) in SourceLocation(file: file, line: line, column: column) }
        guard let first = lines.next(), first.trimmingTrailingSpace == "---" else {
            problems.append(.error(at(1, 1), ContentMessages.missingFrontMatter))
            return (nil, problems)
        }
        var values: [String: (value: String, line: Int, column: Int)] = [:]
        var closing: Int?
        var number = 1
        while let raw = lines.next() {
            number += 1
            let line = raw.trimmingTrailingSpace
            if line == "---" { closing = number; break }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append(.error(at(number, 1), ContentMessages.notKeyValue(String(line))))
                continue
            }
            let key = line[..<colon].trimmingCharacters
            var value = line[line.index(after: colon)...].trimmingCharacters
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            let valueColumn = line.distance(from: line.startIndex, to: colon) + 3
            if !allowed.contains(key) {
                problems.append(.error(at(number, 1), ContentMessages.unknownKey(key, allowed: allowed)))
            } else if values[key] != nil {
                problems.append(.error(at(number, 1), ContentMessages.duplicateKey(key)))
            } else {
                values[key] = (value, number, valueColumn)
            }
        }
        guard let closing else {
            // Without a closing line the body was read as keys; those errors would only be noise.
            let lastKeyLine = values.values.map(\.line).max() ?? 1
            return (nil, [.error(at(1, 1), ContentMessages.unclosedFrontMatter(afterLine: lastKeyLine))])
        }
        for key in required where (values[key]?.value ?? "").isEmpty {
            problems.append(.error(at(closing, 1), ContentMessages.missingKey(key)))
        }
        return (Parsed(values: values, body: String(lines.rest), bodyLine: closing + 1, closingLine: closing), problems)
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return s
    }

    var trimmingCharacters: String {
        String(drop { $0 == " " || $0 == "\t" }.trimmingTrailingSpace)
    }
}

/// Hands out the lines of a text one by one, scanning bytes rather than characters: only the front
/// matter is split, the body is taken whole.
struct LineReader {
    private let text: String
    private var position: String.Index

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Substring? {
        guard position < text.endIndex else { return nil }
        let utf8 = text.utf8
        let end = utf8[position...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        let line = text[position..<end]
        position = end < utf8.endIndex ? utf8.index(after: end) : end
        return line
    }

    /// Everything after the last line handed out.
    var rest: Substring { text[position...] }
}
