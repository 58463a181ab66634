import Diagnostics
import JSON

/// One array file of the data folder (`gebruik.json`) as raw records, with the bytes it was read from.
struct DataFile: Sendable {
    let name: String
    /// How messages name the file (`content/catalogus/gebruik.json`).
    let displayPath: String
    let original: [UInt8]
    /// The objects as read; `records` starts as the same list and is what merges change.
    let originalRecords: [DataRecord]
    var records: [DataRecord]

    /// Parses `file`; a syntax error, a document that is not a list, or an element that is not an
    /// object is a located error.
    static func parse(_ file: SourceFile) -> Result<DataFile, Diagnostic> {
        let root: JSONNode
        do {
            root = try JSONReader.parse(file.bytes)
        } catch {
            return .failure(.error(SourceLocation(file: file.displayPath, line: error.line, column: error.column), error.message))
        }
        guard case .array(let elements) = root.value else {
            return .failure(.error(SourceLocation(file: file.displayPath, line: root.line, column: root.column, jsonPath: "$"), BeheerMessages.notAnArray(file.relativePath)))
        }
        var records: [DataRecord] = []
        records.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .object(let members) = element.value else {
                let at = SourceLocation(file: file.displayPath, line: element.line, column: element.column, jsonPath: "$[\(index)]")
                return .failure(.error(at, BeheerMessages.notAnObject))
            }
            let fields = members.map { JSONField($0.key, $0.value.plain) }
            records.append(DataRecord(fields: fields, line: element.line, column: element.column, index: index))
        }
        return .success(DataFile(name: file.relativePath, displayPath: file.displayPath, original: file.bytes, originalRecords: records, records: records))
    }

    /// The file in the writer's stable format (see `JSONWriter.format`).
    func encoded() -> [UInt8] {
        Self.format(records)
    }

    /// Whether the objects changed since they were read.
    var isChanged: Bool { records != originalRecords }

    /// Whether the file on disk is already in the stable format, so that rewriting it changes only
    /// the objects a merge touched. A hand-formatted file is rewritten as a whole.
    var isInStableFormat: Bool { Self.format(originalRecords) == original }

    private static func format(_ records: [DataRecord]) -> [UInt8] {
        Array(JSONWriter.format(.array(records.map { .object($0.fields) })).utf8)
    }

    /// Where the object at `record` stands, with a field or list element appended to the JSON path.
    func location(_ record: DataRecord, field: String? = nil, element: Int? = nil) -> SourceLocation {
        var path = "$[\(record.index)]"
        if let field { path += "." + field }
        if let element { path += "[\(element)]" }
        return SourceLocation(file: displayPath, line: record.line, column: record.column, jsonPath: path)
    }
}
