/// Likely duplicates: applicaties of one leverancier with the same or nearly the same name, and
/// organisations with the same name or KvK-nummer. Objects already merged (`opgegaanIn`) are left out.
enum DuplicateReport {
    /// Names this long or longer may differ by this many edits and still be reported.
    static let nearLength = 6, nearDistance = 2

    static func page(_ index: ReportIndex) -> ReportPage {
        let applicaties = applicatiePairs(index)
        let organisaties = organisatiePairs(index)
        return ReportPage(
            name: "dubbelen", title: ReportMessages.duplicatesTitle, intro: [ReportMessages.duplicatesIntro(nearLength, nearDistance)],
            tables: [
                ReportTable(
                    name: "dubbele-applicaties", heading: ReportMessages.duplicateApplicatiesHeading, intro: ReportMessages.duplicateApplicatiesIntro,
                    columns: ["Aanbieder", "Applicatie", "Lijkt op", "Waarom", "Voorstel"], rows: applicaties,
                    empty: ReportMessages.noDuplicateApplicaties),
                ReportTable(
                    name: "dubbele-organisaties", heading: ReportMessages.duplicateOrganisatiesHeading, intro: ReportMessages.duplicateOrganisatiesIntro,
                    columns: ["Organisatie", "Lijkt op", "Type", "Waarom", "Voorstel"], rows: organisaties,
                    empty: ReportMessages.noDuplicateOrganisaties),
            ],
            finding: ReportMessages.duplicatesFinding(applicaties: applicaties.count, organisaties: organisaties.count))
    }

    private static func applicatiePairs(_ index: ReportIndex) -> [[String]] {
        var perAanbieder: [String: [DataRecord]] = [:]
        for a in index.applicaties where a.string("opgegaanIn") == nil {
            perAanbieder[a.string("aanbieder") ?? "", default: []].append(a)
        }
        var rows: [[String]] = []
        for aanbieder in perAanbieder.keys.sorted(by: { (NameKey.folded(index.label(organisatie: $0)), $0) < (NameKey.folded(index.label(organisatie: $1)), $1) }) {
            let own = Set(NameKey.words(index.organisatie[aanbieder]?.string("naam") ?? ""))
            let apps = ReportIndex.byName(perAanbieder[aanbieder]!)
            let keys = apps.map { NameKey.key($0.string("naam") ?? "", dropping: own) }
            for i in apps.indices {
                for j in apps.indices where j > i {
                    guard let reason = likeness(keys[i], keys[j]) else { continue }
                    let (into, other) = preferred(apps[i], apps[j], index)
                    rows.append([index.label(organisatie: aanbieder), label(apps[i]), label(apps[j]), reason,
                                 "swc merge applicaties --into \(into.id) \(other.id)"])
                }
            }
        }
        return rows
    }

    /// Why two keys look like one name, or nil.
    static func likeness(_ a: String, _ b: String) -> String? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        if a == b { return ReportMessages.sameName(a) }
        guard min(a.count, b.count) >= nearLength, let distance = EditDistance.within(nearDistance, a, b) else { return nil }
        return ReportMessages.nearName(a, b, distance)
    }

    private static func organisatiePairs(_ index: ReportIndex) -> [[String]] {
        let current = ReportIndex.byName(index.organisaties.filter { $0.string("opgegaanIn") == nil })
        var groups: [String: [Int]] = [:]
        for (position, o) in current.enumerated() {
            let key = NameKey.key(o.string("naam") ?? "")
            if !key.isEmpty { groups["naam:" + key, default: []].append(position) }
            let kvk = (o.string("kvkNummer") ?? "").filter(\.isNumber)
            if !kvk.isEmpty { groups["kvk:" + kvk, default: []].append(position) }
        }
        var reasons: [[Int]: [String]] = [:]
        for (key, members) in groups where members.count > 1 {
            for i in members.indices {
                for j in members.indices where j > i {
                    let (a, b) = (current[members[i]], current[members[j]])
                    // Two gemeenten with their own CBS code are two gemeenten (Bergen in Limburg and in Noord-Holland).
                    if a.string("type") == "Gemeente", b.string("type") == "Gemeente", let x = a.string("cbsCode"), let y = b.string("cbsCode"), x != y { continue }
                    let reason = key.hasPrefix("kvk:") ? ReportMessages.sameKvK(String(key.dropFirst(4))) : ReportMessages.sameName(String(key.dropFirst(5)))
                    reasons[[members[i], members[j]], default: []].append(reason)
                }
            }
        }
        return reasons.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { pair in
            let (a, b) = (current[pair[0]], current[pair[1]])
            let types = Set([a.string("type") ?? "", b.string("type") ?? ""]).sorted().joined(separator: " / ")
            let suggestion = a.string("type") == b.string("type")
                ? { let (into, other) = preferred(a, b, index); return "swc merge organisaties --into \(into.id) \(other.id)" }()
                : ReportMessages.differentTypes
            return [label(a), label(b), types, reasons[pair]!.sorted().joined(separator: "; "), suggestion]
        }
    }

    /// Which of two should survive a merge: the published or active one, then the one more
    /// organisations use or that has more of a landscape or offer, then the lower id.
    private static func preferred(_ a: DataRecord, _ b: DataRecord, _ index: ReportIndex) -> (DataRecord, DataRecord) {
        func weight(_ r: DataRecord) -> (Int, Int) {
            let settled = ["Gepubliceerd", "Actief", nil].contains(r.string("status")) ? 1 : 0
            let use = (index.gebruikers[r.id]?.count ?? 0) + (index.landschap[r.id] ?? 0) + (index.aanbod[r.id] ?? 0)
            return (settled, use)
        }
        let (x, y) = (weight(a), weight(b))
        if x != y { return x > y ? (a, b) : (b, a) }
        return a.id < b.id ? (a, b) : (b, a)
    }

    private static func label(_ record: DataRecord) -> String {
        let status = record.string("status").map { ", \($0)" } ?? ""
        return "\(record.string("naam") ?? "") (\(record.id)\(status))"
    }
}
