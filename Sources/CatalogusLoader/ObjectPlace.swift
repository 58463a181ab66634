import Diagnostics
import JSON

/// Where an object and its fields stand in their file, worked out from its parsed node when a
/// check that runs after decoding has a problem to report.
struct ObjectPlace: Sendable {
    var object: SourceLocation
    var fields: [FieldPosition]

    /// The place of the object `node` at `path` in `file`.
    init(_ node: JSONNode, file: String, path: String) {
        object = SourceLocation(file: file, line: node.line, column: node.column, jsonPath: path)
        fields = []
        guard case .object(let members) = node.value else { return }
        // A repeated key counts with its last value, as the decoder read it.
        for member in members.reversed() where !fields.contains(where: { $0.key == member.key }) {
            var position = FieldPosition(key: member.key, line: member.value.line, column: member.value.column)
            if case .array(let items) = member.value.value {
                position.elements = items.map { ElementPosition(line: $0.line, column: $0.column) }
            }
            fields.append(position)
        }
    }

    /// An object whose place is unknown: messages name the file only.
    init(file: String) {
        object = SourceLocation(file: file)
        fields = []
    }

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

/// Finds the place of any object of one array file by its position in the array, parsing that one
/// element again: the decoded file keeps only the bytes and where each element stands.
struct ElementLocator: Sendable {
    private enum Source: Sendable {
        /// The quick scan's elements of `bytes`.
        case scanned([UInt8], [JSONElement])
        /// The elements of a fully parsed document.
        case parsed([JSONNode])
    }

    let file: String
    private let source: Source

    init(file: String, bytes: [UInt8], elements: [JSONElement]) {
        self.file = file
        source = .scanned(bytes, elements)
    }

    init(file: String, nodes: [JSONNode]) {
        self.file = file
        source = .parsed(nodes)
    }

    /// The place of the `index`th element of the array.
    func place(_ index: Int) -> ObjectPlace {
        let path = "$[\(index)]"
        switch source {
        case .scanned(let bytes, let elements):
            guard index < elements.count, let node = try? JSONReader.parseElement(bytes, elements[index]) else { return ObjectPlace(file: file) }
            return ObjectPlace(node, file: file, path: path)
        case .parsed(let nodes):
            guard index < nodes.count else { return ObjectPlace(file: file) }
            return ObjectPlace(nodes[index], file: file, path: path)
        }
    }
}
