/// Makes one line of the lines of a landscape that now hold the same applicatie twice.
enum GebruikFold {
    /// One line folded into another, for the summary and for repointing koppelingen and contracten.
    struct Fold: Sendable, Equatable {
        var dropped: String
        var kept: String
        var applicatie: String
    }

    /// Folds the moved lines of each group into one line.
    ///
    /// `origin` gives each moved line the position of the object it came from among the merged ids;
    /// lines without one are the survivor's own. `group` gives the key lines fold by (the applicatie,
    /// within the survivor's landscape), nil for lines that take no part.
    ///
    /// A group folds into the survivor's first own line of that key when there is one, otherwise into
    /// the first moved line (by merged id, then file order). Only moved lines are dropped: the
    /// survivor's own lines are never removed, even when it already had two of one applicatie.
    static func fold(_ lines: [DataRecord], origin: [String: Int], group: (DataRecord) -> String?) -> ([DataRecord], [Fold]) {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (position, line) in lines.enumerated() {
            guard let key = group(line) else { continue }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(position)
        }
        var result = lines
        var folds: [Fold] = []
        var dropped = Set<Int>()
        for key in order {
            let members = groups[key]!
            let moved = members.filter { origin[lines[$0].id] != nil }
                .sorted { (origin[lines[$0].id]!, $0) < (origin[lines[$1].id]!, $1) }
            guard !moved.isEmpty, members.count > 1 else { continue }
            let kept = members.first { origin[lines[$0].id] == nil } ?? moved[0]
            for position in moved where position != kept {
                RecordFold.fold(result[position], into: &result[kept], special: ["status": GebruikStatus.moreAdvanced])
                folds.append(Fold(dropped: lines[position].id, kept: lines[kept].id, applicatie: lines[position].string("applicatie") ?? ""))
                dropped.insert(position)
            }
        }
        return (result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element), folds)
    }
}
