import Markdown

/// How lists sort for a reader: by the folded name (so "Één" files under E and capitals do not
/// matter), then the exact name, then the id, so equal names still have a fixed order.
struct SortKey: Comparable {
    let folded: String
    let name: String
    let id: String

    init(_ name: String, id: String) {
        self.init(folded: Slug.make(name), name: name, id: id)
    }

    /// A key whose folded name is already known (`Slug.make(name)`).
    init(folded: String, name: String, id: String) {
        self.folded = folded
        self.name = name
        self.id = id
    }

    static func < (a: SortKey, b: SortKey) -> Bool {
        (a.folded, a.name, a.id) < (b.folded, b.name, b.id)
    }
}
