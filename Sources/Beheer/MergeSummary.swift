/// The Dutch summary of a merge: per file how many objects change and which, then what to check.
struct MergeSummary {
    let kind: MergeKind
    let into: String
    let merged: [String]
    let data: DataSet
    let log: ChangeLog

    var text: String {
        let names = Names(data[kind.fileName])
        var out = BeheerMessages.mergeHeading(kind, merged.map(names.label), into: names.label(into)) + "\n"
        let files = data.changedFiles
        if files.isEmpty { return out + BeheerMessages.nothingToDo + "\n" }
        for file in files {
            let (changed, removed) = counts(file)
            out += "\n" + BeheerMessages.fileHeading(file.name, changed: changed.count, removed: removed) + "\n"
            for line in log.lines[file.name] ?? [] { out += Self.item(line.label, line.items) }
            let other = changed.filter { !(log.mentioned[file.name] ?? []).contains($0) }
            if !other.isEmpty { out += Self.item(BeheerMessages.updated, other) }
            if !file.isInStableFormat { out += "  " + BeheerMessages.notInStableFormat(file.name) + "\n" }
        }
        if !log.notes.isEmpty {
            out += "\n" + BeheerMessages.notesHeading + "\n"
            for note in log.notes { out += Self.wrapped("- " + note, indent: "  ", continuation: "    ") }
        }
        return out
    }

    /// Ids of objects that are still there but differ, and how many were removed.
    private func counts(_ file: DataFile) -> ([String], Int) {
        let before = Dictionary(file.originalRecords.map { ($0.id, $0.fields) }, uniquingKeysWith: { a, _ in a })
        let after = Set(file.records.map(\.id))
        let changed = file.records.filter { before[$0.id] != $0.fields }.map(\.id)
        return (changed, before.keys.filter { !after.contains($0) }.count)
    }

    /// `  label (3): a, b, c`, wrapped at 100 columns.
    private static func item(_ label: String, _ items: [String]) -> String {
        wrapped("\(label) (\(items.count)): " + items.joined(separator: ", "), indent: "  ", continuation: "      ")
    }

    private static func wrapped(_ text: String, indent: String, continuation: String, width: Int = 100) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let prefix = line == indent || line == continuation ? "" : " "
            if line.count + prefix.count + word.count > width && line != indent && line != continuation {
                lines.append(line)
                line = continuation + word
            } else {
                line += prefix + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
