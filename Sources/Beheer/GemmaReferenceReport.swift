/// References to GEMMA objects the data folder's gemma.xml no longer has: what a new GEMMA release
/// broke, for VNG to map to the objects that replaced them.
enum GemmaReferenceReport {
    static func page(_ references: [GemmaReference], gemma: ReportInput.GemmaIDs?) -> ReportPage {
        guard let gemma else {
            return ReportPage(
                name: "gemma", title: ReportMessages.gemmaTitle, intro: [ReportMessages.noGemmaModel],
                tables: [table([]), perObjectTable([])], finding: ReportMessages.noGemmaModelFinding)
        }
        let broken = references.filter { !GemmaReferences.exists($0, in: gemma) }
            .sorted { ($0.file, $0.record.index, $0.field, $0.element ?? -1) < ($1.file, $1.record.index, $1.field, $1.element ?? -1) }
        var perObject: [String: (kind: GemmaReference.Kind, count: Int, files: Set<String>)] = [:]
        for reference in broken {
            perObject[reference.objectID, default: (reference.kind, 0, [])].count += 1
            perObject[reference.objectID]!.files.insert(reference.file)
        }
        let objectRows = perObject.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { id, entry in
            [id, entry.kind.rawValue, String(entry.count), entry.files.sorted().joined(separator: ", ")]
        }
        return ReportPage(
            name: "gemma", title: ReportMessages.gemmaTitle,
            intro: [ReportMessages.gemmaIntro(release: gemma.release, references: references.count, broken: broken.count)],
            tables: [table(broken), perObjectTable(objectRows)],
            finding: ReportMessages.gemmaFinding(broken: broken.count, objects: objectRows.count))
    }

    private static func table(_ broken: [GemmaReference]) -> ReportTable {
        ReportTable(
            name: "gemma-verwijzingen", heading: ReportMessages.brokenReferencesHeading, intro: ReportMessages.brokenReferencesIntro,
            columns: ["Plek", "Wat", "Veld", "Object ID", "Soort"],
            rows: broken.map { [$0.place, $0.subject, $0.field, $0.objectID, $0.kind.rawValue] },
            empty: ReportMessages.noBrokenReferences)
    }

    private static func perObjectTable(_ rows: [[String]]) -> ReportTable {
        ReportTable(
            name: "gemma-object-ids", heading: ReportMessages.perObjectHeading, intro: ReportMessages.perObjectIntro,
            columns: ["Object ID", "Soort", "Verwijzingen", "Bestanden"], rows: rows, empty: ReportMessages.noBrokenReferences)
    }
}
