import Diagnostics
import JSON

/// Reads the fields of one JSON object, checking type, presence and enumeration of each, and
/// remembering where every value stands so each problem names file, line and JSON path.
///
/// This runs for every object of every data file (about 150,000 at national scale), so nothing is
/// copied or built unless a problem needs it: the members stay in the parsed node, fields read are
/// marked in a bit set, and JSON paths are spelled out only inside messages.
struct FieldReader {
    let file: String
    let path: ObjectPath
    let line: Int
    let column: Int
    private let members: [JSONMember]
    /// Which members have been read, for the unknown-field warnings; a bit set for the usual small objects.
    private var usedBits: UInt64 = 0
    private var usedOverflow: [Bool] = []
    private(set) var problems: [Diagnostic] = []

    /// Nil (with a problem) when `node` is not an object.
    init?(_ node: JSONNode, file: String, path: ObjectPath, problems: inout [Diagnostic]) {
        self.file = file
        self.path = path
        self.line = node.line
        self.column = node.column
        guard case .object(let fields) = node.value else {
            let text = path.text
            problems.append(.error(Self.location(file, node, text), LoaderMessages.wrongType(path: text, expected: "een object", actual: node.value)))
            return nil
        }
        members = Self.lastOfEachKey(fields, file: file, path: path, problems: &problems)
        if members.count > UInt64.bitWidth { usedOverflow = Array(repeating: false, count: members.count) }
    }

    /// The members with a repeated key reported and only its last value kept; the array itself
    /// when, as almost always, every key is different.
    private static func lastOfEachKey(_ fields: [JSONMember], file: String, path: ObjectPath, problems: inout [Diagnostic]) -> [JSONMember] {
        var repeated = false
        for later in fields.indices.dropFirst() where fields[..<later].contains(where: { $0.key == fields[later].key }) {
            repeated = true
            break
        }
        guard repeated else { return fields }
        var members: [JSONMember] = []
        for field in fields {
            if let earlier = members.firstIndex(where: { $0.key == field.key }) {
                let at = SourceLocation(file: file, line: field.keyLine, column: field.keyColumn, jsonPath: path.text + "." + field.key)
                problems.append(.error(at, LoaderMessages.duplicateField(field.key)))
                members[earlier] = field
            } else {
                members.append(field)
            }
        }
        return members
    }

    private func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    static func location(_ file: String, _ node: JSONNode, _ path: String) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column, jsonPath: path)
    }

    private func location(_ node: JSONNode, _ key: String) -> SourceLocation {
        Self.location(file, node, path.text + "." + key)
    }

    /// Where the object itself starts, for problems about it as a whole.
    var location: SourceLocation { SourceLocation(file: file, line: line, column: column, jsonPath: path.text) }

    func location(of key: String) -> SourceLocation {
        guard let member = member(key) else { return location }
        return location(member.value, key)
    }

    private mutating func markUsed(_ index: Int) {
        if index < UInt64.bitWidth && usedOverflow.isEmpty {
            usedBits |= 1 << UInt64(index)
        } else {
            usedOverflow[index] = true
        }
    }

    private func isUsed(_ index: Int) -> Bool {
        usedOverflow.isEmpty ? usedBits & (1 << UInt64(index)) != 0 : usedOverflow[index]
    }

    /// The node of a field, or nil when it is absent or null; a required absent field is reported.
    private mutating func node(_ key: String, required: Bool) -> JSONNode? {
        guard let index = members.firstIndex(where: { $0.key == key }) else {
            if required { problems.append(.error(location, LoaderMessages.missingField(key, in: path.text))) }
            return nil
        }
        markUsed(index)
        let value = members[index].value
        if case .null = value.value {
            if required { problems.append(.error(location, LoaderMessages.missingField(key, in: path.text))) }
            return nil
        }
        return value
    }

    private mutating func wrong(_ key: String, _ node: JSONNode, expected: String) {
        let text = path.text + "." + key
        problems.append(.error(Self.location(file, node, text), LoaderMessages.wrongType(path: text, expected: expected, actual: node.value)))
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key, required: required) else { return nil }
        return text(of: node, key, required: required)
    }

    /// The text of a string node that `node(_:required:)` returned for `key`.
    private mutating func text(of node: JSONNode, _ key: String, required: Bool) -> String? {
        guard case .string(let text) = node.value else {
            wrong(key, node, expected: "tekst")
            return nil
        }
        if text.isEmpty && required {
            problems.append(.error(location(node, key), LoaderMessages.emptyField(key)))
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
            problems.append(.error(location(node, key), LoaderMessages.outOfRange(key, value, range)))
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
        guard let node = node(key, required: required), let text = text(of: node, key, required: required) else { return nil }
        guard Self.isSafeLink(text) else {
            problems.append(.error(location(node, key), LoaderMessages.badURL(key, text)))
            return nil
        }
        return text
    }

    /// A scheme we allow, case-insensitively, and no whitespace anywhere. Checked on the UTF-8 bytes;
    /// only text beyond ASCII asks Unicode which characters are whitespace.
    static func isSafeLink(_ text: String) -> Bool {
        let utf8 = text.utf8.prefix(8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let allowed = ["https://", "http://", "mailto:"].contains { scheme in utf8.starts(with: scheme.utf8) }
        guard allowed else { return false }
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return true }
        return !text.contains(where: \.isWhitespace)
    }

    /// `YYYY-MM-DD`, a real calendar date.
    mutating func date(_ key: String) -> String? {
        guard let node = node(key, required: false), let text = text(of: node, key, required: false) else { return nil }
        guard DateCheck.isValid(text) else {
            problems.append(.error(location(node, key), LoaderMessages.badDate(key, text)))
            return nil
        }
        return text
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> E? where E.RawValue == String {
        guard let node = node(key, required: required), let text = text(of: node, key, required: required) else { return nil }
        guard let value = E(rawValue: text) else {
            problems.append(.error(location(node, key), LoaderMessages.badEnumeration(key, text, allowed: E.allCases.map(\.rawValue))))
            return nil
        }
        return value
    }

    /// An array of strings; each element's problems point at that element.
    mutating func strings(_ key: String) -> [String] {
        guard let items = elements(key) else { return [] }
        var found: [String] = []
        found.reserveCapacity(items.count)
        for (index, node) in items.enumerated() {
            guard case .string(let text) = node.value, !text.isEmpty else {
                let at = elementPath(key, index)
                problems.append(.error(Self.location(file, node, at), LoaderMessages.wrongType(path: at, expected: "tekst", actual: node.value)))
                continue
            }
            found.append(text)
        }
        return found
    }

    mutating func enumerations<E: RawRepresentable & CaseIterable>(_ key: String) -> [E] where E.RawValue == String {
        guard let items = elements(key) else { return [] }
        var found: [E] = []
        for (index, node) in items.enumerated() {
            guard case .string(let text) = node.value, let value = E(rawValue: text) else {
                let at = elementPath(key, index)
                problems.append(.error(Self.location(file, node, at), LoaderMessages.badEnumeration(key, describe(node.value), allowed: E.allCases.map(\.rawValue))))
                continue
            }
            found.append(value)
        }
        return found
    }

    /// Nested objects (documenten, verwerkingen): each read by `read`, whose reader is finished here.
    mutating func objects<T>(_ key: String, _ read: (inout FieldReader) -> T?) -> [T] {
        guard let items = elements(key), !items.isEmpty else { return [] }
        let prefix = path.text + "." + key
        var found: [T] = []
        for (index, node) in items.enumerated() {
            guard var reader = FieldReader(node, file: file, path: ObjectPath(prefix, index: index), problems: &problems) else { continue }
            let value = read(&reader)
            problems += reader.finish()
            if let value { found.append(value) }
        }
        return found
    }

    /// The elements of a list field; nil (reported) when the field holds something else.
    private mutating func elements(_ key: String) -> [JSONNode]? {
        guard let node = node(key, required: false) else { return nil }
        guard case .array(let items) = node.value else {
            wrong(key, node, expected: "een lijst")
            return nil
        }
        return items
    }

    private func elementPath(_ key: String, _ index: Int) -> String {
        "\(path.text).\(key)[\(index)]"
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
        for (index, member) in members.enumerated() where !isUsed(index) {
            let key = member.key
            let at = SourceLocation(file: file, line: member.keyLine, column: member.keyColumn, jsonPath: path.text + "." + key)
            problems.append(.warning(at, LoaderMessages.unknownField(key)))
        }
        return problems
    }
}

/// The JSON path of an object, spelled out only when a message needs it: `$`, `$[412]`,
/// `$[3].verwerkingen[0]`.
struct ObjectPath: Sendable {
    let prefix: String
    let index: Int?

    init(_ prefix: String, index: Int? = nil) {
        self.prefix = prefix
        self.index = index
    }

    static let root = ObjectPath("$")

    var text: String { index.map { "\(prefix)[\($0)]" } ?? prefix }
}
