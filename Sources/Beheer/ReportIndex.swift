/// Lookups the reports share, built once from the raw records.
struct ReportIndex: Sendable {
    let organisaties: [DataRecord]
    let applicaties: [DataRecord]
    let organisatie: [String: DataRecord]
    let applicatie: [String: DataRecord]
    /// Organisation id → its contactpersonen, aanspreekpunten first, then in file order.
    let contacten: [String: [DataRecord]]
    /// Organisation id → how many gebruik lines it has as afnemer.
    let landschap: [String: Int]
    /// Applicatie id → the organisations that use it.
    let gebruikers: [String: Set<String>]
    /// Applicatie id → how many versions it has.
    let versies: [String: Int]
    /// Organisation id → how many applicaties and diensten it offers.
    let aanbod: [String: Int]
    /// Samenwerking or community id → how many organisations name it in `deelnames`.
    let deelnemers: [String: Int]

    init(_ data: DataSet) {
        organisaties = data["organisaties.json"]
        applicaties = data["applicaties.json"]
        organisatie = Dictionary(organisaties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        applicatie = Dictionary(applicaties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var contacten: [String: [DataRecord]] = [:]
        for person in data["contactpersonen.json"] {
            if let id = person.string("organisatie") { contacten[id, default: []].append(person) }
        }
        self.contacten = contacten.mapValues { people in
            people.enumerated().sorted { a, b in
                let (x, y) = (a.element["isAanspreekpunt"] == .bool(true), b.element["isAanspreekpunt"] == .bool(true))
                return x != y ? x : a.offset < b.offset
            }.map(\.element)
        }
        var landschap: [String: Int] = [:], gebruikers: [String: Set<String>] = [:]
        for line in data["gebruik.json"] {
            guard let afnemer = line.string("afnemer") else { continue }
            landschap[afnemer, default: 0] += 1
            if let id = line.string("applicatie") { gebruikers[id, default: []].insert(afnemer) }
        }
        self.landschap = landschap
        self.gebruikers = gebruikers
        var versies: [String: Int] = [:]
        for versie in data["applicatieversies.json"] { if let id = versie.string("applicatie") { versies[id, default: 0] += 1 } }
        self.versies = versies
        var aanbod: [String: Int] = [:]
        for offer in data["applicaties.json"] + data["diensten.json"] { if let id = offer.string("aanbieder") { aanbod[id, default: 0] += 1 } }
        self.aanbod = aanbod
        var deelnemers: [String: Int] = [:]
        for member in organisaties { for id in Set(member.strings("deelnames")) { deelnemers[id, default: 0] += 1 } }
        self.deelnemers = deelnemers
    }

    /// `Naam (id)`, or the id alone for an object that does not exist.
    func label(organisatie id: String) -> String { Self.label(organisatie[id], id) }
    func label(applicatie id: String) -> String { Self.label(applicatie[id], id) }

    private static func label(_ record: DataRecord?, _ id: String) -> String {
        guard let naam = record?.string("naam"), !naam.isEmpty else { return id }
        return "\(naam) (\(id))"
    }

    /// An organisation that still takes part: not merged into another and not deactivated.
    static func isCurrent(_ organisatie: DataRecord) -> Bool {
        organisatie.string("opgegaanIn") == nil && organisatie.string("status") != "Deactief"
    }

    /// Sorted by folded name, then id, as the site sorts its lists.
    static func byName(_ records: [DataRecord]) -> [DataRecord] {
        records.sorted { (NameKey.folded($0.string("naam") ?? ""), $0.id) < (NameKey.folded($1.string("naam") ?? ""), $1.id) }
    }
}
