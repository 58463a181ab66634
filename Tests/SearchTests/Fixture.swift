import Search

/// A handful of records that make every ranking tier and facet case appear.
enum Fixture {
    static let acme = FacetValue(naam: "Acme Software", slug: "acme-software")
    static let beta = FacetValue(naam: "Beta B.V.", slug: "beta-bv")
    static let zrc = FacetValue(naam: "Zaakregistratiecomponent", slug: "zaakregistratiecomponent")
    static let saas = FacetValue(naam: "SaaS", slug: "saas")

    static let records: [SearchRecord] = [
        SearchRecord(id: "applicatie/1", kind: .applicatie, naam: "Zaaksysteem", url: "/applicaties/zaaksysteem/",
                     samenvatting: "Zaken afhandelen.", toelichting: "Acme Software", tekst: ["Zaken afhandelen."],
                     facetten: ["leverancier": [acme], "referentiecomponent": [zrc], "cloudmodel": [saas]]),
        SearchRecord(id: "applicatie/2", kind: .applicatie, naam: "Zaaksysteem Één", url: "/applicaties/zaaksysteem-een/",
                     samenvatting: "Het eerste.", toelichting: "Beta B.V.", tekst: ["Het eerste."],
                     facetten: ["leverancier": [beta], "referentiecomponent": [zrc]], concept: true),
        SearchRecord(id: "applicatie/3", kind: .applicatie, naam: "Open Zaak", url: "/applicaties/open-zaak/",
                     samenvatting: "Zaakregistratie.", tekst: ["Zaakregistratie volgens de ZGW API's."],
                     facetten: ["leverancier": [acme], "referentiecomponent": [zrc], "cloudmodel": [saas]]),
        SearchRecord(id: "applicatie/4", kind: .applicatie, naam: "Belastingpakket", url: "/applicaties/belastingpakket/",
                     samenvatting: "Heffen en innen.", tekst: ["Heffen en innen van de zaaksysteem-belasting."],
                     facetten: ["leverancier": [beta]]),
        SearchRecord(id: "dienst/1", kind: .dienst, naam: "Hosting Zaaksysteem", url: "/leveranciers/acme-software/",
                     tekst: ["Wij hosten uw zaaksysteem."], facetten: ["leverancier": [acme]]),
        SearchRecord(id: "leverancier/1", kind: .leverancier, naam: "Acme Software", url: "/leveranciers/acme-software/"),
        SearchRecord(id: "pagina/zoeken", kind: .pagina, naam: "Zoeken", url: "/zoeken/", tekst: ["Zoek in de catalogus."]),
    ]

    static let facets = ["leverancier", "referentiecomponent", "cloudmodel"]

    static func index(chunkSize: Int = 2) -> SearchIndex {
        SearchIndex(records, facets: facets, chunkSize: chunkSize)
    }

    static func engine(chunkSize: Int = 2) -> SearchEngine {
        SearchEngine(files: Dictionary(uniqueKeysWithValues: index(chunkSize: chunkSize).files.map { ($0.path, $0.bytes) }))!
    }
}
