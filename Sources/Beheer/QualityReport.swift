/// Data quality per type of organisation: how many of the current organisations (not merged, not
/// Deactief) have each key field filled in, and how many of their references into GEMMA still exist.
enum QualityReport {
    /// A key field: its label and how to tell it is there.
    struct Kenmerk: Sendable {
        var label: String
        var isPresent: @Sendable (DataRecord, ReportIndex) -> Bool

        static func field(_ key: String) -> Kenmerk {
            Kenmerk(label: key) { record, _ in record.isFilled(key) }
        }

        static let aanspreekpunt = Kenmerk(label: "aanspreekpunt (contactpersoon)") { record, index in
            index.contacten[record.id]?.contains { $0["isAanspreekpunt"] == .bool(true) } ?? false
        }
        static let landschap = Kenmerk(label: "landschap (gebruik)") { record, index in (index.landschap[record.id] ?? 0) > 0 }
        static let aanbod = Kenmerk(label: "aanbod (applicaties of diensten)") { record, index in (index.aanbod[record.id] ?? 0) > 0 }
        static let deelnemers = Kenmerk(label: "deelnemers") { record, index in (index.deelnemers[record.id] ?? 0) > 0 }
    }

    /// The fields VNG relies on per type, in the order the report lists them.
    static let kenmerken: [(type: String, kenmerken: [Kenmerk])] = [
        ("Gemeente", [.field("cbsCode"), .field("provincie"), .field("inwonertal"), .field("website"), .field("emailadres"), .aanspreekpunt, .landschap]),
        ("Leverancier", [.field("website"), .field("kvkNummer"), .field("beschrijvingKort"), .field("emailadres"), .aanspreekpunt, .aanbod]),
        ("Samenwerking", [.field("website"), .field("beschrijvingKort"), .field("samenwerkingtype"), .aanspreekpunt, .deelnemers, .landschap]),
        ("Community", [.field("website"), .field("beschrijvingKort"), .aanspreekpunt, .deelnemers]),
    ]

    static let gemmaLabel = "verwijzingen naar GEMMA die bestaan"

    static func page(_ index: ReportIndex, references: [GemmaReference], gemma: ReportInput.GemmaIDs?) -> ReportPage {
        var shareRows: [[String]] = [], missingRows: [[String]] = []
        var lowest: (share: Double, text: String)?
        for (type, kenmerken) in kenmerken {
            let current = ReportIndex.byName(index.organisaties.filter { $0.string("type") == type && ReportIndex.isCurrent($0) })
            var present = [Int](repeating: 0, count: kenmerken.count)
            for organisatie in current {
                var missing: [String] = []
                for (i, kenmerk) in kenmerken.enumerated() {
                    if kenmerk.isPresent(organisatie, index) { present[i] += 1 } else { missing.append(kenmerk.label) }
                }
                if !missing.isEmpty { missingRows.append([organisatie.string("naam") ?? "", organisatie.id, type, missing.joined(separator: ", ")]) }
            }
            for (i, kenmerk) in kenmerken.enumerated() {
                shareRows.append([type, kenmerk.label, String(present[i]), String(current.count), Percentage.text(present[i], of: current.count)])
                if !current.isEmpty {
                    let share = Double(present[i]) / Double(current.count)
                    if share < (lowest?.share ?? 2) { lowest = (share, "\(kenmerk.label) bij \(type): \(Percentage.text(present[i], of: current.count))") }
                }
            }
            if let gemma {
                let owners = Set(current.map(\.id))
                let own = references.filter { owners.contains($0.owner) }
                let valid = own.filter { GemmaReferences.exists($0, in: gemma) }.count
                shareRows.append([type, gemmaLabel, String(valid), String(own.count), Percentage.text(valid, of: own.count)])
            }
        }
        return ReportPage(
            name: "kwaliteit", title: ReportMessages.qualityTitle, intro: [ReportMessages.qualityIntro],
            tables: [
                ReportTable(
                    name: "kwaliteit-per-type", heading: ReportMessages.qualityPerTypeHeading, intro: ReportMessages.qualityPerTypeIntro,
                    columns: ["Type", "Kenmerk", "Aanwezig", "Totaal", "Aandeel"], rows: shareRows, empty: ReportMessages.noOrganisaties),
                ReportTable(
                    name: "kwaliteit-ontbrekend", heading: ReportMessages.missingHeading, intro: ReportMessages.missingIntro,
                    columns: ["Naam", "Id", "Type", "Ontbreekt"], rows: missingRows, empty: ReportMessages.nothingMissing),
            ],
            finding: ReportMessages.qualityFinding(incomplete: missingRows.count, lowest: lowest?.text))
    }
}
