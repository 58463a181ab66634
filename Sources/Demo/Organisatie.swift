import JSON

/// One organisation as written to `organisaties.json`.
struct Organisatie: JSONRecord {
    var id: String
    var naam: String
    var type: String
    var status = "Actief"
    var website: String?
    var beschrijvingKort: String?
    var beschrijvingLang: String?
    var cbsCode: String?
    var provincie: String?
    var inwonertal: Int?
    var kvkNummer: String?
    var emailadres: String?
    var telefoonnummer: String?
    var deelnames: [String] = []
    var samenwerkingtype: String?
    var opgegaanIn: String?
    /// Not written: the invented internet domain, for e-mail addresses and URLs.
    var domain: String
    /// Not written: a supplier's brand, the first word of its product names.
    var brand: String?

    init(id: String, naam: String, type: String, domain: String) {
        self.id = id
        self.naam = naam
        self.type = type
        self.domain = domain
    }

    var isActief: Bool { status == "Actief" }

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("naam", naam)
        object.add("type", type)
        object.add("status", status)
        object.add("website", website)
        object.add("beschrijvingKort", beschrijvingKort)
        object.add("beschrijvingLang", beschrijvingLang)
        object.add("cbsCode", cbsCode)
        object.add("provincie", provincie)
        object.add("inwonertal", inwonertal)
        object.add("kvkNummer", kvkNummer)
        object.add("emailadres", emailadres)
        object.add("telefoonnummer", telefoonnummer)
        object.add("deelnames", deelnames)
        object.add("samenwerkingtype", samenwerkingtype)
        object.add("opgegaanIn", opgegaanIn)
        return object.json
    }
}

/// All organisations, grouped by role. Ids run through the groups in this order.
struct Organisaties {
    /// Active gemeenten: the real ones by CBS code, then fictional ones above scale 1.
    var gemeenten: [Organisatie]
    /// Real gemeenten abolished by herindelingen, `Deactief` with `opgegaanIn`.
    var opgeheven: [Organisatie]
    var samenwerkingen: [Organisatie]
    var communities: [Organisatie]
    var leveranciers: [Organisatie]
    /// For each samenwerking (same order): indices into `gemeenten` of its members.
    var leden: [[Int]]

    var all: [Organisatie] { gemeenten + opgeheven + samenwerkingen + communities + leveranciers }
}

/// An invented phone number that cannot exist: Dutch numbers have no area code "00".
func fictionalPhoneNumber(_ random: inout SplitMix64) -> String {
    "+31 00 \(random.int(100...999)) \(random.int(1000...9999))"
}
