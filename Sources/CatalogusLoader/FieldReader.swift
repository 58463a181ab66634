import Diagnostics
import JSON

/// Reads the fields of one JSON object, checking type, presence and enumeration of each, and
/// remembering where every value stands so each problem names file, line and JSON path.
struct FieldReader {
    let file: String
    let path: String
    let line: Int
    let column: Int
    /// Objects have a handful of fields, so a list searched in order beats a dictionary here.
    private var members: [JSONMember] = []
    private var used: [Bool] = []
    private(set) var problems: [Diagnostic] = []

    /// Nil (with a problem) when `node` is not an object.
    init?(_ node: JSONNode, file: String, path: String, problems: inout [Diagnostic]) {
        self.file = file
        self.path = path
        self.line = node.line
        self.column = node.column
        guard case .object(let fields) = node.value else {
            problems.append(.error(Self.location(file, node, path), LoaderMessages.wrongType(path: path, expected: "een object", actual: node.value)))
            return nil
        }
        for field in fields {
            if let earlier = members.firstIndex(where: { $0.key == field.key }) {
                let at = SourceLocation(file: file, line: field.keyLine, column: field.keyColumn, jsonPath: "\(path).\(field.key)")
                problems.append(.error(at, LoaderMessages.duplicateField(field.key)))
                members[earlier] = field
            } else {
                members.append(field)
            }
        }
        used = Array(repeating: false, count: members.count)
    }

    private func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    static func location(_ file: String, _ node: JSONNode, _ path: String) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column, jsonPath: path)
    }

    /// Where the object itself starts, for problems about it as a whole.
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column, jsonPath: path) }

    func location(of key: String) -> SourceLocation {
        guard let member = member(key) else { return location }
        return Self.location(file, member.value, "\(path).\(key)")
    }

    /// Where this object and each of its fields stand, kept for checks that run after decoding.
    var place: ObjectPlace {
        ObjectPlace(object: location, fields: members.map { member in
            var position = FieldPosition(key: member.key, line: member.value.line, column: member.value.column)
            if case .array(let items) = member.value.value {
                position.elements = items.map { ElementPosition(line: $0.line, column: $0.column) }
            }
            return position
        })
    }

    /// The node of a field, or nil when it is absent or null; a required absent field is reported.
    private mutating func node(_ key: String, required: Bool) -> JSONNode? {
        guard let index = members.firstIndex(where: { $0.key == key }) else {
            if required { problems.append(.error(location, LoaderMessages.missingField(key, in: path))) }
            return nil
        }
        used[index] = true
        let member = members[index]
        if case .null = member.value.value {
            if required { problems.append(.error(location, LoaderMessages.missingField(key, in: path))) }
            return nil
        }
        return member.value
    }

    private mutating func wrong(_ key: String, _ node: JSONNode, expected: String) {
        problems.append(.error(Self.location(file, node, "\(path).\(key)"), LoaderMessages.wrongType(path: "\(path).\(key)", expected: expected, actual: node.value)))
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard case .string(let text) = node.value else {
            wrong(key, node, expected: "tekst")
            return nil
        }
        if text.isEmpty && required {
            problems.append(.error(Self.location(file, node, "\(path).\(key)"), LoaderMessages.emptyField(key)))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let node = node(key, required: required) else { return nil }
        guard case .bool(let value) = node.value else {
            wrong(key, node, expected: "true of false")
            return nil
        }
        return value
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil, required: Bool = false) -> Int? {
        guard let node = node(key, required: required) else { return nil }
        guard case .number(let literal) = node.value, let value = Int(literal) else {
            wrong(key, node, expected: "een geheel getal")
            return nil
        }
        if let range, !range.contains(value) {
            problems.append(.error(Self.location(file, node, "\(path).\(key)"), LoaderMessages.outOfRange(key, value, range)))
            return nil
        }
        return value
    }

    mutating func number(_ key: String) -> Double? {
        guard let node = node(key, required: false) else { return nil }
        guard case .number(let literal) = node.value, let value = Double(literal) else {
            wrong(key, node, expected: "een getal")
            return nil
        }
        return value
    }

    /// A web address that is safe to put in a link: `https://`, `http://` or `mailto:` only, so
    /// data can never smuggle `javascript:` or `data:` into the site.
    mutating func url(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required), let node = member(key)?.value else { return nil }
        let lower = text.lowercased()
        guard ["https://", "http://", "mailto:"].contains(where: { lower.hasPrefix($0) }), !text.contains(where: { $0.isWhitespace }) else {
            problems.append(.error(Self.location(file, node, "\(path).\(key)"), LoaderMessages.badURL(key, text)))
            return nil
        }
        return text
    }

    /// `YYYY-MM-DD`, a real calendar date.
    mutating func date(_ key: String) -> String? {
        guard let text = string(key), let node = member(key)?.value else { return nil }
        guard DateCheck.isValid(text) else {
            problems.append(.error(Self.location(file, node, "\(path).\(key)"), LoaderMessages.badDate(key, text)))
            return nil
        }
        return text
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> E? where E.RawValue == String {
        guard let text = string(key, required: required), let node = member(key)?.value else { return nil }
        guard let value = E(rawValue: text) else {
            problems.append(.error(Self.location(file, node, "\(path).\(key)"), LoaderMessages.badEnumeration(key, text, allowed: E.allCases.map(\.rawValue))))
            return nil
        }
        return value
    }

    /// An array of strings; each element's problems point at that element.
    mutating func strings(_ key: String) -> [String] {
        elements(key).compactMap { node, elementPath in
            guard case .string(let text) = node.value, !text.isEmpty else {
                problems.append(.error(Self.location(file, node, elementPath), LoaderMessages.wrongType(path: elementPath, expected: "tekst", actual: node.value)))
                return nil
            }
            return text
        }
    }

    mutating func enumerations<E: RawRepresentable & CaseIterable>(_ key: String) -> [E] where E.RawValue == String {
        elements(key).compactMap { node, elementPath in
            guard case .string(let text) = node.value, let value = E(rawValue: text) else {
                problems.append(.error(Self.location(file, node, elementPath), LoaderMessages.badEnumeration(key, describe(node.value), allowed: E.allCases.map(\.rawValue))))
                return nil
            }
            return value
        }
    }

    /// Nested objects (documenten, verwerkingen): each read by `read`, whose reader is finished here.
    mutating func objects<T>(_ key: String, _ read: (inout FieldReader) -> T?) -> [T] {
        var found: [T] = []
        for (node, elementPath) in elements(key) {
            guard var reader = FieldReader(node, file: file, path: elementPath, problems: &problems) else { continue }
            let value = read(&reader)
            problems += reader.finish()
            if let value { found.append(value) }
        }
        return found
    }

    private mutating func elements(_ key: String) -> [(JSONNode, String)] {
        guard let node = node(key, required: false) else { return [] }
        guard case .array(let items) = node.value else {
            wrong(key, node, expected: "een lijst")
            return []
        }
        return items.enumerated().map { ($1, "\(path).\(key)[\($0)]") }
    }

    private func describe(_ value: JSONNodeValue) -> String {
        if case .string(let text) = value { return text }
        return LoaderMessages.kind(of: value)
    }

    /// A problem about the object that no single field read could see.
    mutating func report(_ problem: Diagnostic) {
        problems.append(problem)
    }

    /// Problems found, plus a warning for every field the contract does not know.
    mutating func finish() -> [Diagnostic] {
        for (index, member) in members.enumerated() where !used[index] {
            let key = member.key
            let at = SourceLocation(file: file, line: member.keyLine, column: member.keyColumn, jsonPath: "\(path).\(key)")
            problems.append(.warning(at, LoaderMessages.unknownField(key)))
        }
        return problems
    }
}

/// Where an object and its fields stand in their file; paths are only built for a problem.
struct ObjectPlace: Sendable {
    var object: SourceLocation
    var fields: [FieldPosition]

    /// The `index`th element of a list field (`$[3].deelnames[2]`), or the field when it is not known.
    func at(_ key: String, element index: Int) -> SourceLocation {
        guard let field = fields.first(where: { $0.key == key }), index < field.elements.count else { return at(key) }
        var location = object
        location.jsonPath = (object.jsonPath ?? "$") + ".\(key)[\(index)]"
        location.line = field.elements[index].line
        location.column = field.elements[index].column
        return location
    }

    /// The field's value, or the object with the field's path when the field is absent.
    func at(_ key: String) -> SourceLocation {
        var location = object
        location.jsonPath = (object.jsonPath ?? "$") + "." + key
        if let field = fields.first(where: { $0.key == key }) {
            location.line = field.line
            location.column = field.column
        }
        return location
    }
}

struct ElementPosition: Sendable {
    var line: Int
    var column: Int
}

struct FieldPosition: Sendable {
    var elements: [ElementPosition] = []
    var key: String
    var line: Int
    var column: Int
}
