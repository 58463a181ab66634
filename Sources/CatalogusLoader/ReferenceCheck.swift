import CatalogusModel
import Diagnostics

/// Every reference between objects, and into the GEMMA model, must point at something that exists
/// and is of the right kind. Runs after all files are decoded, so it sees the whole catalogue.
struct ReferenceCheck {
    /// The supply side (organisaties … diensten) and the landscapes (gebruik … contracten) are
    /// checked side by side, each on its own core.
    enum Part: CaseIterable, Sendable { case aanbod, landschap }

    /// Only what the checks need, so building these lookups copies no large values. Built once.
    struct Lookups: Sendable {
        let organisaties: [String: Organisatie.Soort]
        let applicaties: Set<String>
        let versies: [String: String]
        let diensten: Set<String>
        let contacten: Set<String>
        let gebruik: [String: String]

        init(_ c: Catalogus) {
            organisaties = Dictionary(c.organisaties.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
            applicaties = Set(c.applicaties.map(\.id))
            versies = Dictionary(c.applicatieversies.map { ($0.id, $0.applicatie) }, uniquingKeysWith: { a, _ in a })
            diensten = Set(c.diensten.map(\.id))
            contacten = Set(c.contactpersonen.map(\.id))
            gebruik = Dictionary(c.gebruik.map { ($0.id, $0.afnemer) }, uniquingKeysWith: { a, _ in a })
        }
    }

    private(set) var problems: [Diagnostic] = []
    /// GEMMA references that could not be checked because there is no model.
    private(set) var unchecked = 0
    private let places: [String: ObjectPlaces]
    private let present: [String: Set<String>?]

    init(_ c: Catalogus, tables: Tables, lookups: Lookups, part: Part) {
        self.places = tables.places
        self.present = tables.present
        let organisaties = lookups.organisaties, applicaties = lookups.applicaties, versies = lookups.versies
        let diensten = lookups.diensten, contacten = lookups.contacten, gebruik = lookups.gebruik
        var gemma = GemmaIndex(c)
        defer { unchecked = gemma.unchecked }

        let org = "een organisatie", app = "een applicatie", person = "een contactpersoon"
        for o in part == .aanbod ? c.organisaties : [] {
            let at = place("organisaties.json", o.id)
            for (i, id) in o.deelnames.enumerated() {
                if let kind = organisaties[id] {
                    if kind != .samenwerking && kind != .community {
                        wrongKind(at, "deelnames", id, kind, expected: "een Samenwerking of Community", element: i)
                    }
                } else {
                    dangling(at, "deelnames", id, org, element: i)
                }
            }
            if let id = o.opgegaanIn, organisaties[id] == nil { dangling(at, "opgegaanIn", id, org) }
        }
        for p in part == .aanbod ? c.contactpersonen : [] where organisaties[p.organisatie] == nil {
            dangling(place("contactpersonen.json", p.id), "organisatie", p.organisatie, org)
        }
        for a in part == .aanbod ? c.applicaties : [] {
            let at = place("applicaties.json", a.id)
            if organisaties[a.aanbieder] == nil { dangling(at, "aanbieder", a.aanbieder, org) }
            if let id = a.geregistreerdDoor, organisaties[id] == nil { dangling(at, "geregistreerdDoor", id, org) }
            if let id = a.contactpersoon, !contacten.contains(id) { dangling(at, "contactpersoon", id, person) }
            for (i, id) in a.onderdeelVan.enumerated() where !applicaties.contains(id) { dangling(at, "onderdeelVan", id, app, element: i) }
            if let id = a.opgegaanIn, !applicaties.contains(id) { dangling(at, "opgegaanIn", id, app) }
            gemma.check(a.referentiecomponenten, .referentiecomponent, at, "referentiecomponenten", isList: true, &problems)
        }
        for v in part == .aanbod ? c.applicatieversies : [] where !applicaties.contains(v.applicatie) {
            dangling(place("applicatieversies.json", v.id), "applicatie", v.applicatie, app)
        }
        for x in part == .aanbod ? c.compliancy : [] {
            let at = place("compliancy.json", x.id)
            if !applicaties.contains(x.applicatie) { dangling(at, "applicatie", x.applicatie, app) }
            gemma.check([x.standaardversie], .standaardversie, at, "standaardversie", isList: false, &problems)
        }
        for d in part == .aanbod ? c.diensten : [] {
            let at = place("diensten.json", d.id)
            if organisaties[d.aanbieder] == nil { dangling(at, "aanbieder", d.aanbieder, org) }
            for (i, id) in d.applicaties.enumerated() where !applicaties.contains(id) { dangling(at, "applicaties", id, app, element: i) }
            if let id = d.contactpersoon, !contacten.contains(id) { dangling(at, "contactpersoon", id, person) }
        }
        for g in part == .landschap ? c.gebruik : [] {
            let at = place("gebruik.json", g.id)
            if let kind = organisaties[g.afnemer] {
                if kind != .gemeente && kind != .samenwerking { wrongKind(at, "afnemer", g.afnemer, kind, expected: "een Gemeente of Samenwerking") }
            } else {
                dangling(at, "afnemer", g.afnemer, org)
            }
            if !applicaties.contains(g.applicatie) { dangling(at, "applicatie", g.applicatie, app) }
            if let id = g.applicatieversie {
                if let owner = versies[id] {
                    if owner != g.applicatie { problems.append(.error(at.at("applicatieversie"), LoaderMessages.versionOfOtherApplicatie(id))) }
                } else {
                    dangling(at, "applicatieversie", id, "een applicatieversie")
                }
            }
            for (i, id) in g.diensten.enumerated() where !diensten.contains(id) { dangling(at, "diensten", id, "een dienst", element: i) }
            for (i, id) in g.deelnemers.enumerated() where organisaties[id] == nil { dangling(at, "deelnemers", id, org, element: i) }
            gemma.check(g.referentiecomponenten, .referentiecomponent, at, "referentiecomponenten", isList: true, &problems)
        }
        for k in part == .landschap ? c.koppelingen : [] {
            let at = place("koppelingen.json", k.id)
            let bron = gebruik[k.bron]
            if bron == nil { dangling(at, "bron", k.bron, "een gebruik") }
            if let id = k.doel {
                if let doel = gebruik[id] {
                    if let bron, doel != bron { problems.append(.error(at.at("doel"), LoaderMessages.koppelingOtherAfnemer(id))) }
                } else {
                    dangling(at, "doel", id, "een gebruik")
                }
            }
            if let id = k.buitengemeentelijkeVoorziening {
                gemma.check([id], .landelijkeVoorziening, at, "buitengemeentelijkeVoorziening", isList: false, &problems)
            }
            gemma.check(k.standaardversies, .standaardversie, at, "standaardversies", isList: true, &problems)
            if let id = k.intermediair, !applicaties.contains(id) { dangling(at, "intermediair", id, app) }
        }
        for b in part == .landschap ? c.beoordelingen : [] {
            let at = place("beoordelingen.json", b.id)
            if organisaties[b.afnemer] == nil { dangling(at, "afnemer", b.afnemer, org) }
            if let id = b.applicatie, !applicaties.contains(id) { dangling(at, "applicatie", id, app) }
            if let id = b.dienst, !diensten.contains(id) { dangling(at, "dienst", id, "een dienst") }
        }
        for x in part == .landschap ? c.contracten : [] {
            let at = place("contracten.json", x.id)
            if gebruik[x.gebruik] == nil { dangling(at, "gebruik", x.gebruik, "een gebruik") }
            if let id = x.dienst, !diensten.contains(id) { dangling(at, "dienst", id, "een dienst") }
        }
    }

    private static let files = [
        "een organisatie": "organisaties.json", "een contactpersoon": "contactpersonen.json", "een applicatie": "applicaties.json",
        "een applicatieversie": "applicatieversies.json", "een dienst": "diensten.json", "een gebruik": "gebruik.json",
    ]

    /// Where an object stands, looked up only when there is a problem to report.
    private func place(_ file: String, _ id: String) -> PlaceRef {
        PlaceRef(places: places[file], file: file, id: id)
    }

    private mutating func dangling(_ at: PlaceRef, _ field: String, _ id: String, _ target: String, element: Int? = nil) {
        // An object with errors of its own, or in a file that could not be read, still exists.
        let file = ReferenceCheck.files[target] ?? ""
        if let ids = present[file] {
            guard let ids, !ids.contains(id) else { return }
        }
        problems.append(.error(at.at(field, element: element), LoaderMessages.danglingReference(id, field: field, target: target)))
    }

    private mutating func wrongKind(_ at: PlaceRef, _ field: String, _ id: String, _ kind: Organisatie.Soort, expected: String, element: Int? = nil) {
        problems.append(.error(at.at(field, element: element), LoaderMessages.wrongOrganisatieType(id, field: field, actual: kind.rawValue, expected: expected)))
    }
}

/// An object of the data folder, by file and id; its position is found when a problem needs it.
struct PlaceRef {
    let places: ObjectPlaces?
    let file: String
    let id: String

    /// A field, or the `element`th item of a list field.
    func at(_ key: String, element: Int? = nil) -> SourceLocation {
        let place = places?.place(id) ?? ObjectPlace(file: file)
        return element.map { place.at(key, element: $0) } ?? place.at(key)
    }
}
