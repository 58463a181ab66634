/// An element as written into every file that holds it, made once per catalogue: an applicatie
/// appears in its portfolio, its leverancier's and in dozens of landscapes, and copying its bytes
/// is what keeps each file's cost in proportion to its size.
final class ElementFragment: Sendable {
    let identifier: String
    /// `identifier` as bytes, and without its "id-" for the identifiers of nodes that show it:
    /// spelled into files so often that they are kept ready.
    let identifierBytes: [UInt8]
    let tail: [UInt8]
    let type: String
    let name: String
    /// `name` folded, for the order in which views show elements.
    let foldedName: String
    /// How many characters the name has, for the room it needs.
    let nameLength: Int
    /// A box that fits the name, for views of this module's own.
    let width: Int
    let height: Int
    /// The `<element>` block, starting on its own line.
    let bytes: [UInt8]
    let propertyKeys: PropertyKeys
    /// Position in every file's list of elements: by kind, then by object id.
    let rank: Int
    /// For a GEMMA concept: its Object ID as spelled into the identifiers of relationships to it.
    let spelledObjectID: [UInt8]

    init(_ element: ExchangeElement, rank: Int, objectID: String? = nil) {
        identifier = element.identifier
        identifierBytes = Array(element.identifier.utf8)
        tail = Array(identifierBytes.dropFirst(3))
        type = element.type
        name = element.name
        foldedName = element.name.lowercased()
        nameLength = element.name.unicodeScalars.count
        (width, height) = LabelSize.box(element.name)
        var out = ByteWriter(capacity: 512)
        ExchangeWriter.write(element, &out)
        bytes = out.bytes
        var keys = PropertyKeys()
        keys.insert(element.properties)
        propertyKeys = keys
        self.rank = rank
        var spelled: [UInt8] = []
        if let objectID { Identifier.appendSanitised(objectID, to: &spelled) }
        spelledObjectID = spelled
    }

    /// The order of rows in a view: by name as people look for them, then identifier.
    static func byName(_ a: ElementFragment, _ b: ElementFragment) -> Bool {
        (a.foldedName, a.name, a.identifier) < (b.foldedName, b.name, b.identifier)
    }
}
