/// What a merge did, file by file, in words for the summary; the merges write it as they go.
struct ChangeLog: Sendable {
    /// One kind of change in one file: "overgezet naar Voorne aan Zee (org-0342)" and the objects.
    struct Line: Sendable, Equatable {
        var label: String
        var items: [String]
    }

    private(set) var lines: [String: [Line]] = [:]
    /// Ids each file's lines mention, so the summary can name the other changed objects apart.
    private(set) var mentioned: [String: Set<String>] = [:]
    /// Things the beheerder should look at after the merge, in the order found.
    private(set) var notes: [String] = []

    /// Records `ids` of `file` under `label`; `items` are how they are shown (the ids by default).
    mutating func add(_ file: String, _ label: String, ids: [String], items: [String]? = nil) {
        guard !ids.isEmpty else { return }
        let shown = items ?? ids
        if let position = lines[file, default: []].firstIndex(where: { $0.label == label }) {
            lines[file]![position].items += shown
        } else {
            lines[file, default: []].append(Line(label: label, items: shown))
        }
        mentioned[file, default: []].formUnion(ids)
    }

    mutating func note(_ text: String) {
        notes.append(text)
    }
}
