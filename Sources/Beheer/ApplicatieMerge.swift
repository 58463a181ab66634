/// `swc merge applicaties`: duplicate registrations of one product (often concepts registered by
/// different gemeenten) become one. Versions, gebruik, diensten, compliancy and beoordelingen move to
/// the surviving applicatie; the merged ones stay with `opgegaanIn`. The survivor's own description
/// (naam, referentiecomponenten, documenten) is left as it is: the merged objects still hold theirs.
struct ApplicatieMerge: Sendable {
    let into: String
    let merged: [String]

    func apply(to data: inout DataSet, log: inout ChangeLog) {
        let survivors = Dictionary(uniqueKeysWithValues: merged.map { ($0, into) })
        let origin = Dictionary(uniqueKeysWithValues: merged.enumerated().map { ($1, $0) })
        let moved = BeheerMessages.movedTo(Names(data["applicaties.json"]).label(into))

        mergeApplicaties(survivors, &data, &log)
        let versions = mergeVersions(survivors, origin, moved, &data, &log)
        mergeCompliancy(survivors, moved, &data, &log)

        var diensten = data["diensten.json"]
        var offered: [String] = []
        for position in diensten.indices where diensten[position].repointList("applicaties", survivors) {
            offered.append(diensten[position].id)
        }
        data["diensten.json"] = diensten
        log.add("diensten.json", moved, ids: offered)

        var gebruik = data["gebruik.json"]
        var movedLines: [String: Int] = [:]
        for position in gebruik.indices {
            guard let old = gebruik[position].string("applicatie"), let rank = origin[old] else { continue }
            gebruik[position].repoint("applicatie", survivors)
            gebruik[position].repoint("applicatieversie", versions)
            movedLines[gebruik[position].id] = rank
        }
        // Per organisation one line of the survivor: a gemeente that registered both duplicates has two.
        let (folded, folds) = GebruikFold.fold(gebruik, origin: movedLines) { line in
            line.string("applicatie") == into ? line.string("afnemer") : nil
        }
        data["gebruik.json"] = folded
        log.add("gebruik.json", moved, ids: folded.map(\.id).filter { movedLines[$0] != nil })
        log.add("gebruik.json", BeheerMessages.folded, ids: folds.map(\.dropped), items: folds.map(BeheerMessages.fold))
        LandscapeRepoint.apply(folds, to: &data, log: &log)

        var koppelingen = data["koppelingen.json"]
        var via: [String] = []
        for position in koppelingen.indices where koppelingen[position].repoint("intermediair", survivors) {
            via.append(koppelingen[position].id)
        }
        data["koppelingen.json"] = koppelingen
        log.add("koppelingen.json", BeheerMessages.intermediairRepointed, ids: via)

        var beoordelingen = data["beoordelingen.json"]
        var movedRatings = Set<String>()
        for position in beoordelingen.indices where beoordelingen[position].repoint("applicatie", survivors) {
            movedRatings.insert(beoordelingen[position].id)
        }
        let (kept, removals) = NewestBeoordeling.keep(beoordelingen, moved: movedRatings) { beoordeling in
            beoordeling.string("applicatie") == into ? beoordeling.string("afnemer") : nil
        }
        data["beoordelingen.json"] = kept
        let removed = Set(removals.map(\.removed))
        log.add("beoordelingen.json", moved, ids: beoordelingen.map(\.id).filter { movedRatings.contains($0) && !removed.contains($0) })
        log.add("beoordelingen.json", BeheerMessages.removedOlderBeoordeling, ids: removals.map(\.removed), items: removals.map(BeheerMessages.removal))
    }

    /// The merged applicaties get `opgegaanIn`; parts (`onderdeelVan`) and earlier merges now refer to the survivor.
    private func mergeApplicaties(_ survivors: [String: String], _ data: inout DataSet, _ log: inout ChangeLog) {
        var applicaties = data["applicaties.json"]
        let names = Names(applicaties)
        var opgegaan: [String] = [], repointed: [String] = []
        for position in applicaties.indices {
            let id = applicaties[position].id
            if survivors[id] != nil {
                if applicaties[position].string("opgegaanIn") != into {
                    applicaties[position].set("opgegaanIn", .string(into))
                    opgegaan.append(id)
                }
                let status = applicaties[position].string("status") ?? "Gepubliceerd"
                if status != "Gedepubliceerd" { log.note(BeheerMessages.stillVisible(names.label(id), status: status, hidden: "Gedepubliceerd", into: names.label(into))) }
            } else {
                let a = applicaties[position].repointList("onderdeelVan", survivors, excluding: id)
                let b = applicaties[position].repoint("opgegaanIn", survivors)
                if a || b { repointed.append(id) }
            }
        }
        if applicaties.first(where: { $0.id == into })?.string("status") == "Gedepubliceerd" {
            log.note(BeheerMessages.survivorHidden(names.label(into), status: "Gedepubliceerd"))
        }
        data["applicaties.json"] = applicaties
        log.add("applicaties.json", BeheerMessages.mergedInto(names.label(into)), ids: opgegaan)
        log.add("applicaties.json", BeheerMessages.referencesRepointed, ids: repointed)
    }

    /// Versions move; a moved version whose `versie` the survivor already has folds into that one.
    /// Returns dropped version → kept version, for the gebruik lines that named the dropped one.
    private func mergeVersions(_ survivors: [String: String], _ origin: [String: Int], _ moved: String, _ data: inout DataSet, _ log: inout ChangeLog) -> [String: String] {
        var versies = data["applicatieversies.json"]
        var movedVersions: [String: Int] = [:]
        for position in versies.indices {
            guard let old = versies[position].string("applicatie"), let rank = origin[old] else { continue }
            versies[position].repoint("applicatie", survivors)
            movedVersions[versies[position].id] = rank
        }
        let (folded, folds) = GebruikFold.fold(versies, origin: movedVersions) { versie in
            versie.string("applicatie") == into ? versie.string("versie")?.trimmingWhitespace : nil
        }
        data["applicatieversies.json"] = folded
        log.add("applicatieversies.json", moved, ids: folded.map(\.id).filter { movedVersions[$0] != nil })
        log.add("applicatieversies.json", BeheerMessages.foldedVersion, ids: folds.map(\.dropped), items: folds.map { "\($0.dropped) → \($0.kept)" })
        return Dictionary(folds.map { ($0.dropped, $0.kept) }, uniquingKeysWith: { a, _ in a })
    }

    /// Compliancy moves; where the survivor already states compliancy with the same standaardversie,
    /// its own statement stays and the moved one is removed (the survivor's supplier answered for it).
    private func mergeCompliancy(_ survivors: [String: String], _ moved: String, _ data: inout DataSet, _ log: inout ChangeLog) {
        var compliancy = data["compliancy.json"]
        var movedIDs: [String] = []
        for position in compliancy.indices where compliancy[position].repoint("applicatie", survivors) {
            movedIDs.append(compliancy[position].id)
        }
        var claimed: [String: String] = [:]
        let movedSet = Set(movedIDs)
        for record in compliancy where record.string("applicatie") == into && !movedSet.contains(record.id) {
            if let standaard = record.string("standaardversie"), claimed[standaard] == nil { claimed[standaard] = record.id }
        }
        var removals: [(String, String)] = []
        compliancy.removeAll { record in
            guard movedSet.contains(record.id), let standaard = record.string("standaardversie") else { return false }
            if let owner = claimed[standaard] {
                removals.append((record.id, owner))
                return true
            }
            claimed[standaard] = record.id
            return false
        }
        data["compliancy.json"] = compliancy
        let removed = Set(removals.map(\.0))
        log.add("compliancy.json", moved, ids: movedIDs.filter { !removed.contains($0) })
        log.add("compliancy.json", BeheerMessages.removedDuplicateCompliancy, ids: removals.map(\.0), items: removals.map { "\($0.0) (\($0.1) blijft)" })
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
