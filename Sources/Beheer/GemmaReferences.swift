/// Every reference from the data into the GEMMA model, read from the raw records so that references
/// a new GEMMA release broke can be listed even though the loader refuses the folder because of them.
struct GemmaReference: Sendable, Equatable {
    enum Kind: String, Sendable {
        case referentiecomponent, standaardversie, landelijkeVoorziening = "landelijke voorziening"
    }

    var file: String
    var displayPath: String
    var record: DataRecord
    var field: String
    /// The position in a list field, nil for a single reference.
    var element: Int?
    var objectID: String
    var kind: Kind
    /// The organisation whose data this is: the aanbieder of an applicatie, the afnemer of a landscape.
    var owner: String
    /// What refers, in words (`Zaken (app-1)`, `gebruik geb-12 van Alfa (gm-a)`).
    var subject: String

    /// `gebruik.json:120:3 $[12].referentiecomponenten[1]`, relative to the data folder.
    var place: String {
        let path = "$[\(record.index)].\(field)" + (element.map { "[\($0)]" } ?? "")
        return "\(file):\(record.line):\(record.column) \(path)"
    }
}

enum GemmaReferences {
    static func all(_ data: DataSet, _ index: ReportIndex) -> [GemmaReference] {
        var found: [GemmaReference] = []
        func add(_ file: String, _ record: DataRecord, _ field: String, list: Bool, _ kind: GemmaReference.Kind, owner: String, subject: String) {
            let display = data.file(file)?.displayPath ?? file
            if list {
                for (i, id) in record.strings(field).enumerated() {
                    found.append(GemmaReference(file: file, displayPath: display, record: record, field: field, element: i, objectID: id, kind: kind, owner: owner, subject: subject))
                }
            } else if let id = record.string(field) {
                found.append(GemmaReference(file: file, displayPath: display, record: record, field: field, element: nil, objectID: id, kind: kind, owner: owner, subject: subject))
            }
        }
        for a in data["applicaties.json"] {
            add("applicaties.json", a, "referentiecomponenten", list: true, .referentiecomponent, owner: a.string("aanbieder") ?? "", subject: index.label(applicatie: a.id))
        }
        for c in data["compliancy.json"] {
            let applicatie = c.string("applicatie") ?? ""
            let owner = index.applicatie[applicatie]?.string("aanbieder") ?? ""
            add("compliancy.json", c, "standaardversie", list: false, .standaardversie, owner: owner,
                subject: ReportMessages.compliancySubject(c.id, index.label(applicatie: applicatie)))
        }
        var afnemer: [String: String] = [:]
        for g in data["gebruik.json"] {
            let owner = g.string("afnemer") ?? ""
            afnemer[g.id] = owner
            add("gebruik.json", g, "referentiecomponenten", list: true, .referentiecomponent, owner: owner,
                subject: ReportMessages.gebruikSubject(g.id, index.label(organisatie: owner), index.label(applicatie: g.string("applicatie") ?? "")))
        }
        for k in data["koppelingen.json"] {
            let owner = afnemer[k.string("bron") ?? ""] ?? ""
            let subject = ReportMessages.koppelingSubject(k.id, index.label(organisatie: owner))
            add("koppelingen.json", k, "standaardversies", list: true, .standaardversie, owner: owner, subject: subject)
            add("koppelingen.json", k, "buitengemeentelijkeVoorziening", list: false, .landelijkeVoorziening, owner: owner, subject: subject)
        }
        return found
    }

    /// Whether the model has the object referred to.
    static func exists(_ reference: GemmaReference, in gemma: ReportInput.GemmaIDs) -> Bool {
        switch reference.kind {
        case .referentiecomponent: gemma.referentiecomponenten.contains(reference.objectID)
        case .standaardversie: gemma.standaardversies.contains(reference.objectID)
        case .landelijkeVoorziening: gemma.landelijkeVoorzieningen.contains(reference.objectID)
        }
    }
}
