import Diagnostics

/// What must hold before anything is merged. Every problem is reported at the object it is about,
/// all of them at once.
enum MergeValidation {
    static func check(_ kind: MergeKind, into: String, merged: [String], data: DataSet) -> [Diagnostic] {
        let fileName = kind.fileName
        guard let file = data.file(fileName) else {
            return [.error(SourceLocation(file: data.folder + "/" + fileName), BeheerMessages.missingFile(fileName))]
        }
        let records = Dictionary(file.records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let whole = SourceLocation(file: file.displayPath)
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for id in merged where !seen.insert(id).inserted {
            problems.append(.error(whole, BeheerMessages.repeatedID(id)))
        }
        guard let survivor = records[into] else {
            return problems + [.error(whole, BeheerMessages.unknownID(into, kind: kind, role: "--into"))] + merged.filter { records[$0] == nil }.map {
                .error(whole, BeheerMessages.unknownID($0, kind: kind, role: nil))
            }
        }
        if merged.contains(into) {
            problems.append(.error(file.location(survivor), BeheerMessages.intoAmongMerged(into)))
        }
        if let further = survivor.string("opgegaanIn") {
            problems.append(.error(file.location(survivor, field: "opgegaanIn"), BeheerMessages.survivorMergedAlready(into, further)))
        }
        for id in Set(merged).sorted() where id != into {
            guard let record = records[id] else {
                problems.append(.error(whole, BeheerMessages.unknownID(id, kind: kind, role: nil)))
                continue
            }
            if let earlier = record.string("opgegaanIn"), earlier != into {
                problems.append(.error(file.location(record, field: "opgegaanIn"), BeheerMessages.mergedElsewhere(id, earlier, into: into)))
            }
            switch kind {
            case .organisaties:
                let (mine, theirs) = (record.string("type") ?? "", survivor.string("type") ?? "")
                if mine != theirs {
                    problems.append(.error(file.location(record, field: "type"), BeheerMessages.otherType(id, mine, into: into, theirs)))
                }
            case .applicaties:
                let (mine, theirs) = (record.string("aanbieder") ?? "", survivor.string("aanbieder") ?? "")
                if mine != theirs {
                    problems.append(.error(file.location(record, field: "aanbieder"), BeheerMessages.otherAanbieder(id, mine, into: into, theirs)))
                }
            }
        }
        return problems
    }
}
