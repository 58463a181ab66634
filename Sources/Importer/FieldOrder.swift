/// The order of the fields in the contract (../shared/spec/catalogus-data.md), which is the order
/// the demo and the loader's documentation use. A field the import adds to an existing object goes
/// after the last field that comes before it in this order, so the object reads as if written whole.
enum FieldOrder {
    static let organisatie = [
        "id", "naam", "type", "status", "website", "beschrijvingKort", "beschrijvingLang", "logo", "cbsCode", "provincie",
        "inwonertal", "kvkNummer", "emailadres", "telefoonnummer", "deelnames", "samenwerkingtype", "opgegaanIn",
    ]
    static let applicatie = [
        "id", "naam", "beschrijvingKort", "beschrijvingLang", "aanbieder", "status", "geregistreerdDoor", "type", "website", "logo",
        "contactpersoon", "cloudDienstverleningsmodel", "hostingLocatie", "hostingJurisdictie", "licentietype", "licentie",
        "referentiecomponenten", "onderdeelVan", "documenten", "opgegaanIn",
    ]
    static let applicatieversie = [
        "id", "applicatie", "versie", "beschrijvingKort", "status", "datumInOntwikkeling", "datumInGebruik",
        "datumEindeOndersteuning", "datumTeruggetrokken",
    ]

    /// Where `key` goes among `fields`: after the last field ranked before it; fields the contract
    /// does not know are passed over.
    static func insertionIndex(of key: String, in fields: [String], order: [String]) -> Int {
        guard let rank = order.firstIndex(of: key) else { return fields.count }
        let before = fields.lastIndex { field in order.firstIndex(of: field).map { $0 < rank } ?? false }
        return before.map { $0 + 1 } ?? 0
    }
}
