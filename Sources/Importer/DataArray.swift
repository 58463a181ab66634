import Diagnostics
import JSON

/// One array file of the data folder (organisaties.json, …) as plain JSON, so that fields the import
/// does not know stay exactly as they were, in their place.
struct DataArray: Sendable {
    /// What merging one object did.
    enum Merge: Sendable { case added, changed, unchanged }

    private(set) var elements: [JSON]
    private var positions: [String: Int] = [:]
    private(set) var isChanged = false

    /// An empty array for a file that is not there yet.
    init() {
        elements = []
    }

    /// The array in `file`; a file that is not JSON or not an array is an error at its position.
    static func read(_ file: SourceFile?) -> Result<DataArray, Diagnostic> {
        guard let file else { return .success(DataArray()) }
        let root: JSONNode
        do {
            root = try JSONReader.parse(file.bytes)
        } catch {
            return .failure(.error(SourceLocation(file: file.displayPath, line: error.line, column: error.column), error.message))
        }
        guard case .array(let nodes) = root.value else {
            return .failure(.error(SourceLocation(file: file.displayPath, line: root.line, column: root.column, jsonPath: "$"), ImportMessages.notAnArray(file.relativePath)))
        }
        var array = DataArray()
        array.elements = nodes.map(\.plain)
        for (index, element) in array.elements.enumerated() {
            // Duplicate ids are the loader's to report; the import merges into the first.
            if let id = element.string("id"), array.positions[id] == nil { array.positions[id] = index }
        }
        return .success(array)
    }

    /// The object with `id`, if there is one.
    func object(_ id: String) -> JSON? {
        positions[id].map { elements[$0] }
    }

    /// Puts `fields` (with `id` first) into the object with that id, or appends a new object. In an
    /// existing object a field is replaced where it stands and a new one goes where `order` puts it;
    /// fields not in `fields` stay as they were, and `newOnly` fields are only written into new objects.
    mutating func merge(_ fields: [JSONField], order: [String], newOnly: Set<String> = []) -> Merge {
        guard case .string(let id) = fields.first?.value else { preconditionFailure("an imported object starts with its id") }
        guard let index = positions[id], case .object(var members) = elements[index] else {
            positions[id] = elements.count
            elements.append(.object(fields))
            isChanged = true
            return .added
        }
        let before = members
        for field in fields.dropFirst() where !newOnly.contains(field.key) {
            if let at = members.lastIndex(where: { $0.key == field.key }) {
                members[at].value = field.value
            } else {
                members.insert(field, at: FieldOrder.insertionIndex(of: field.key, in: members.map(\.key), order: order))
            }
        }
        guard members != before else { return .unchanged }
        elements[index] = .object(members)
        isChanged = true
        return .changed
    }

    /// The file as the project writes data files (`JSONWriter`): objects that did not change come
    /// out as they went in when the file was written that way, so a diff shows only the import.
    var bytes: [UInt8] {
        Array(JSONWriter.format(.array(elements)).utf8)
    }
}

extension JSON {
    /// The text of the member `key` of an object (the last, as the loader reads it).
    func string(_ key: String) -> String? {
        guard case .object(let members) = self, let member = members.last(where: { $0.key == key }), case .string(let text) = member.value else { return nil }
        return text
    }
}
