/// `swc merge organisaties`: a herindeling or fusie. Everything of the merged organisations moves to
/// the survivor; the merged organisations stay in the file with `opgegaanIn`, so their old addresses
/// can lead to the survivor.
struct OrganisatieMerge: Sendable {
    let into: String
    let merged: [String]

    func apply(to data: inout DataSet, log: inout ChangeLog) {
        let survivors = Dictionary(uniqueKeysWithValues: merged.map { ($0, into) })
        let origin = Dictionary(uniqueKeysWithValues: merged.enumerated().map { ($1, $0) })
        let naam = Names(data["organisaties.json"])
        let moved = BeheerMessages.movedTo(naam.label(into))

        mergeOrganisaties(survivors, &data, &log, naam)
        repoint("contactpersonen.json", ["organisatie"], survivors, moved, &data, &log)
        repoint("applicaties.json", ["aanbieder", "geregistreerdDoor"], survivors, moved, &data, &log)
        repoint("diensten.json", ["aanbieder"], survivors, moved, &data, &log)

        var gebruik = data["gebruik.json"]
        var movedLines: [String: Int] = [:], membersRepointed: [String] = []
        for position in gebruik.indices {
            if let old = gebruik[position].string("afnemer"), let rank = origin[old] {
                gebruik[position].repoint("afnemer", survivors)
                movedLines[gebruik[position].id] = rank
            }
            if gebruik[position].repointList("deelnemers", survivors) { membersRepointed.append(gebruik[position].id) }
        }
        // One line per applicatie whatever the version: a landscape says what the organisation uses,
        // and two versions of one product after a herindeling are one migration, not two products.
        // The kept line's version stays; a version only the folded line names fills a gap.
        let (folded, folds) = GebruikFold.fold(gebruik, origin: movedLines) { line in
            line.string("afnemer") == into ? line.string("applicatie") : nil
        }
        data["gebruik.json"] = folded
        log.add("gebruik.json", moved, ids: folded.map(\.id).filter { movedLines[$0] != nil })
        log.add("gebruik.json", BeheerMessages.deelnemersRepointed, ids: membersRepointed.filter { id in !folds.contains { $0.dropped == id } })
        log.add("gebruik.json", BeheerMessages.folded, ids: folds.map(\.dropped), items: folds.map(BeheerMessages.fold))
        LandscapeRepoint.apply(folds, to: &data, log: &log)

        var beoordelingen = data["beoordelingen.json"]
        var movedRatings = Set<String>()
        for position in beoordelingen.indices where beoordelingen[position].repoint("afnemer", survivors) {
            movedRatings.insert(beoordelingen[position].id)
        }
        let (kept, removals) = NewestBeoordeling.keep(beoordelingen, moved: movedRatings) { beoordeling in
            guard beoordeling.string("afnemer") == into else { return nil }
            return BeoordelingSubject.key(beoordeling)
        }
        data["beoordelingen.json"] = kept
        let removed = Set(removals.map(\.removed))
        log.add("beoordelingen.json", moved, ids: beoordelingen.map(\.id).filter { movedRatings.contains($0) && !removed.contains($0) })
        log.add("beoordelingen.json", BeheerMessages.removedOlderBeoordeling, ids: removals.map(\.removed), items: removals.map(BeheerMessages.removal))
    }

    /// The merged organisations get `opgegaanIn` and hand their deelnames to the survivor; other
    /// organisations that referred to them (deelnames, an earlier `opgegaanIn`) now refer to the survivor.
    private func mergeOrganisaties(_ survivors: [String: String], _ data: inout DataSet, _ log: inout ChangeLog, _ naam: Names) {
        var organisaties = data["organisaties.json"]
        var deelnames: [String] = []
        var repointed: [String] = [], opgegaan: [String] = []
        for position in organisaties.indices {
            let id = organisaties[position].id
            if survivors[id] != nil {
                let before = organisaties[position]
                deelnames += organisaties[position].strings("deelnames")
                organisaties[position].remove("deelnames")
                organisaties[position].set("opgegaanIn", .string(into))
                if organisaties[position] != before { opgegaan.append(id) }
                let status = organisaties[position].string("status") ?? "Actief"
                if status != "Deactief" { log.note(BeheerMessages.stillVisible(naam.label(id), status: status, hidden: "Deactief", into: naam.label(into))) }
            } else if id != into {
                let a = organisaties[position].repointList("deelnames", survivors, excluding: id)
                let b = organisaties[position].repoint("opgegaanIn", survivors)
                if a || b { repointed.append(id) }
            }
        }
        log.add("organisaties.json", BeheerMessages.mergedInto(naam.label(into)), ids: opgegaan)
        if let position = organisaties.firstIndex(where: { $0.id == into }) {
            if organisaties[position].string("status") == "Deactief" { log.note(BeheerMessages.survivorHidden(naam.label(into), status: "Deactief")) }
            let own = organisaties[position].strings("deelnames")
            var seen = Set(own)
            let added = deelnames.map { survivors[$0] ?? $0 }.filter { $0 != into && seen.insert($0).inserted }
            if !added.isEmpty {
                organisaties[position].setStrings("deelnames", own + added)
                log.add("organisaties.json", BeheerMessages.deelnamesTaken(added), ids: [into])
            }
        }
        data["organisaties.json"] = organisaties
        log.add("organisaties.json", BeheerMessages.referencesRepointed, ids: repointed)
    }

    private func repoint(_ file: String, _ keys: [String], _ survivors: [String: String], _ label: String, _ data: inout DataSet, _ log: inout ChangeLog) {
        var records = data[file]
        var changed: [String] = []
        for position in records.indices {
            var any = false
            for key in keys where records[position].repoint(key, survivors) { any = true }
            if any { changed.append(records[position].id) }
        }
        data[file] = records
        log.add(file, label, ids: changed)
    }
}

/// What a beoordeling is about: one applicatie or one dienst.
enum BeoordelingSubject {
    static func key(_ beoordeling: DataRecord) -> String? {
        if let id = beoordeling.string("applicatie") { return "applicatie:" + id }
        if let id = beoordeling.string("dienst") { return "dienst:" + id }
        return nil
    }
}
