import JSON

/// One invented applicatie, as written to `applicaties.json`.
struct Applicatie: JSONRecord {
    /// A document link: `{titel, url, soort}`.
    struct Document {
        var titel: String
        var url: String
        var soort: String
    }

    var id: String
    var naam: String
    var beschrijvingKort: String
    var beschrijvingLang: String?
    var aanbieder: String
    var status = "Gepubliceerd"
    var geregistreerdDoor: String?
    var type = "Applicatie"
    var website: String?
    var contactpersoon: String?
    var cloudDienstverleningsmodel: [String] = []
    var hostingLocatie: String?
    var hostingJurisdictie: String?
    var licentietype: String?
    var licentie: String?
    /// Not written directly: indices into `GemmaIndex.referentiecomponenten`.
    var componenten: [Int] = []
    /// Object IDs of `componenten`, written as `referentiecomponenten`.
    var referentiecomponenten: [String] = []
    var onderdeelVan: [String] = []
    var documenten: [Document] = []
    var opgegaanIn: String?

    init(id: String, naam: String, beschrijvingKort: String, aanbieder: String) {
        self.id = id
        self.naam = naam
        self.beschrijvingKort = beschrijvingKort
        self.aanbieder = aanbieder
    }

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("naam", naam)
        object.add("beschrijvingKort", beschrijvingKort)
        object.add("beschrijvingLang", beschrijvingLang)
        object.add("aanbieder", aanbieder)
        object.add("status", status)
        object.add("geregistreerdDoor", geregistreerdDoor)
        object.add("type", type)
        object.add("website", website)
        object.add("contactpersoon", contactpersoon)
        object.add("cloudDienstverleningsmodel", cloudDienstverleningsmodel)
        object.add("hostingLocatie", hostingLocatie)
        object.add("hostingJurisdictie", hostingJurisdictie)
        object.add("licentietype", licentietype)
        object.add("licentie", licentie)
        object.add("referentiecomponenten", referentiecomponenten)
        object.add("onderdeelVan", onderdeelVan)
        if !documenten.isEmpty {
            object.add("documenten", json: .array(documenten.map { document in
                .object([
                    JSONField("titel", .string(document.titel)),
                    JSONField("url", .string(document.url)),
                    JSONField("soort", .string(document.soort)),
                ])
            }))
        }
        object.add("opgegaanIn", opgegaanIn)
        return object.json
    }
}
