/// Koppelingen and contracten follow the gebruik lines they belong to when lines are folded.
enum LandscapeRepoint {
    /// Points `bron`, `doel` and `gebruik` of dropped lines at the lines they were folded into.
    /// A koppeling whose two ends are now one line connects an applicatie to itself and is removed;
    /// two koppelingen that now connect the same lines are kept and named in a note.
    static func apply(_ folds: [GebruikFold.Fold], to data: inout DataSet, log: inout ChangeLog) {
        guard !folds.isEmpty else { return }
        let into = Dictionary(folds.map { ($0.dropped, $0.kept) }, uniquingKeysWith: { a, _ in a })
        var koppelingen = data["koppelingen.json"]
        var repointed: [String] = [], selfLoops: [String] = []
        for position in koppelingen.indices {
            let a = koppelingen[position].repoint("bron", into)
            let b = koppelingen[position].repoint("doel", into)
            if a || b { repointed.append(koppelingen[position].id) }
        }
        koppelingen.removeAll { koppeling in
            let loop = koppeling.string("doel") != nil && koppeling.string("doel") == koppeling.string("bron")
            if loop { selfLoops.append(koppeling.id) }
            return loop
        }
        data["koppelingen.json"] = koppelingen
        log.add("koppelingen.json", BeheerMessages.repointedToFoldedLine, ids: repointed.filter { !selfLoops.contains($0) })
        log.add("koppelingen.json", BeheerMessages.removedSelfLoop, ids: selfLoops)
        noteParallel(koppelingen, touched: Set(repointed), log: &log)

        var contracten = data["contracten.json"]
        var moved: [String] = []
        for position in contracten.indices where contracten[position].repoint("gebruik", into) {
            moved.append(contracten[position].id)
        }
        data["contracten.json"] = contracten
        log.add("contracten.json", BeheerMessages.repointedToFoldedLine, ids: moved)
    }

    private static func noteParallel(_ koppelingen: [DataRecord], touched: Set<String>, log: inout ChangeLog) {
        var byEnds: [String: [String]] = [:]
        var order: [String] = []
        for koppeling in koppelingen {
            let ends = [koppeling.string("bron"), koppeling.string("doel"), koppeling.string("buitengemeentelijkeVoorziening"), koppeling.string("type")]
                .map { $0 ?? "" }.joined(separator: "\u{1F}")
            if byEnds[ends] == nil { order.append(ends) }
            byEnds[ends, default: []].append(koppeling.id)
        }
        for ends in order {
            let ids = byEnds[ends]!
            if ids.count > 1 && ids.contains(where: touched.contains) { log.note(BeheerMessages.parallelKoppelingen(ids)) }
        }
    }
}
