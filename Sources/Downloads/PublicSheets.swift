import CatalogusModel

/// The national tables on `/downloads/`, for both audiences: applicaties, applicatieversies with
/// compliancy, leveranciers and diensten. Column names follow the data contract's field names.
enum PublicSheets {
    static func applicaties(_ l: DownloadLookups) -> DownloadSheet<Applicatie> {
        let columns: [[DownloadColumn<Applicatie>]] = [
            [DownloadColumn("naam", "Naam van de applicatie.", example: "Zaakwijzer") { $0.naam }],
            [DownloadColumn("_id", "Id van de applicatie.", example: "app-00412") { $0.id }],
            DownloadColumn.reference("leverancier", "De leverancier of community die de applicatie aanbiedt.", example: ("Van Beek Software", "org-0512")) {
                l.organisatie($0.aanbieder)
            },
            [
                DownloadColumn("status", "Gepubliceerd, of Concept: nog niet door VNG beoordeeld.", example: "Gepubliceerd") { $0.status.rawValue },
                DownloadColumn("soort", "Applicatie of Systeemsoftware.", example: "Applicatie") { $0.type?.rawValue ?? "" },
                DownloadColumn("beschrijvingKort", "Korte beschrijving.", example: "Zaakgericht werken voor de hele gemeente.") { $0.beschrijvingKort },
            ],
            DownloadColumn.references("referentiecomponenten", idName: "referentiecomponentIds",
                                      "GEMMA-referentiecomponenten waarvoor de applicatie geschikt is; ids zijn GEMMA Object ID's.",
                                      example: ("Zaakregistratiecomponent", "5f236166-7794-4cfa-9ff8-740ca549c130")) {
                l.referentiecomponenten($0.referentiecomponenten)
            },
            [
                DownloadColumn("cloudDienstverleningsmodel", "On-premises, IaaS, PaaS en/of SaaS, gescheiden door komma en spatie.", example: "SaaS") {
                    $0.cloudDienstverleningsmodel.map(\.rawValue).joined(separator: ", ")
                },
                DownloadColumn("hostingLocatie", "Waar de applicatie gehost wordt: NL, EU, US of Elders.", example: "NL") { $0.hostingLocatie?.rawValue ?? "" },
                DownloadColumn("hostingJurisdictie", "Onder welk recht de hosting valt: NL, EU, US of Elders.", example: "EU") { $0.hostingJurisdictie?.rawValue ?? "" },
                DownloadColumn("licentietype", "Closed source of Open source.", example: "Open source") { $0.licentietype?.rawValue ?? "" },
                DownloadColumn("licentie", "De licentie.", example: "EUPL-1.2") { $0.licentie ?? "" },
                DownloadColumn("website", "Website van het product.", example: "https://www.example.nl/zaakwijzer") { $0.website ?? "" },
                DownloadColumn("inGebruikBij", "Aantal organisaties dat de applicatie gebruikt (landelijk totaal).", example: "37") {
                    String(l.catalogus.gebruikTelling[$0.id] ?? 0)
                },
                DownloadColumn("beoordelingGemiddeld", "Gemiddelde van de goedgekeurde beoordelingen, 1 tot 5 sterren; leeg zonder beoordelingen.", example: "4,2") {
                    CellFormat.rating(l.catalogus.beoordelingenPerApplicatie[$0.id]).gemiddelde
                },
                DownloadColumn("beoordelingenAantal", "Aantal goedgekeurde beoordelingen.", example: "12") {
                    CellFormat.rating(l.catalogus.beoordelingenPerApplicatie[$0.id]).aantal
                },
                DownloadColumn("pagina", "De pagina van de applicatie in de catalogus.", example: "https://www.softwarecatalogus.nl/applicaties/zaakwijzer/") {
                    l.links.absolute(l.links.applicaties[$0.id])
                },
            ],
        ]
        return DownloadSheet(name: "applicaties", titel: "Applicaties", beschrijving: "Alle applicaties in de catalogus, één regel per applicatie.", columns: columns.flatMap { $0 })
    }

    /// One row per version, with the standards its applicatie supports (compliancy is recorded per applicatie).
    static func applicatieversies(_ l: DownloadLookups) -> DownloadSheet<Applicatieversie> {
        let supported = { @Sendable (v: Applicatieversie, ondersteund: Bool) -> [(naam: String, id: String)] in
            l.standaardenPerApplicatie[v.applicatie].map { ondersteund ? $0.ondersteund : $0.niet } ?? []
        }
        let columns: [[DownloadColumn<Applicatieversie>]] = [
            DownloadColumn.reference("applicatie", "De applicatie waarvan dit een versie is.", example: ("Zaakwijzer", "app-00412")) { l.applicatie($0.applicatie) },
            DownloadColumn.reference("leverancier", "De aanbieder van de applicatie.", example: ("Van Beek Software", "org-0512")) {
                l.organisatie(l.aanbieder[$0.applicatie])
            },
            [
                DownloadColumn("versie", "Versienummer of -naam.", example: "5.2") { $0.versie },
                DownloadColumn("_id", "Id van de applicatieversie.", example: "ver-00831") { $0.id },
                DownloadColumn("status", "Levenscyclus: in ontwikkeling, in gebruik, einde ondersteuning of teruggetrokken.", example: "in gebruik") { $0.status?.rawValue ?? "" },
                DownloadColumn("datumInOntwikkeling", "Sinds wanneer in ontwikkeling (JJJJ-MM-DD).", example: "2023-01-16") { $0.datumInOntwikkeling ?? "" },
                DownloadColumn("datumInGebruik", "Sinds wanneer in gebruik (JJJJ-MM-DD).", example: "2023-09-01") { $0.datumInGebruik ?? "" },
                DownloadColumn("datumEindeOndersteuning", "Einde van de ondersteuning (JJJJ-MM-DD).", example: "2027-12-31") { $0.datumEindeOndersteuning ?? "" },
                DownloadColumn("datumTeruggetrokken", "Wanneer teruggetrokken (JJJJ-MM-DD).", example: "") { $0.datumTeruggetrokken ?? "" },
            ],
            DownloadColumn.references("standaardenOndersteund", idName: "standaardversieIdsOndersteund",
                                      "Standaardversies die de applicatie ondersteunt (compliancy van de applicatie).",
                                      example: ("ZGW API's 1.5", "c4935fc1-8db0-11e3-67ab-0050568a6153")) { supported($0, true) },
            DownloadColumn.references("standaardenNietOndersteund", idName: "standaardversieIdsNietOndersteund",
                                      "Standaardversies die de applicatie niet ondersteunt.",
                                      example: ("StUF-ZKN 3.10", "66db1551-cabe-4177-8fb2-5bc565f04b03")) { supported($0, false) },
        ]
        return DownloadSheet(name: "applicatieversies", titel: "Applicatieversies met compliancy",
                             beschrijving: "Alle versies van alle applicaties, met de standaarden die de applicatie wel en niet ondersteunt.",
                             columns: columns.flatMap { $0 })
    }

    static func leveranciers(_ l: DownloadLookups) -> DownloadSheet<Organisatie> {
        let columns: [DownloadColumn<Organisatie>] = [
            DownloadColumn("naam", "Naam van de leverancier of community.", example: "Van Beek Software") { $0.naam },
            DownloadColumn("_id", "Id van de organisatie.", example: "org-0512") { $0.id },
            DownloadColumn("soort", "Leverancier of Community.", example: "Leverancier") { $0.type.rawValue },
            DownloadColumn("status", "Actief, of Concept: nog niet door VNG beoordeeld.", example: "Actief") { $0.status.rawValue },
            DownloadColumn("beschrijvingKort", "Korte beschrijving.", example: "Software voor de publieke sector.") { $0.beschrijvingKort ?? "" },
            DownloadColumn("website", "Website.", example: "https://www.example.nl") { $0.website ?? "" },
            DownloadColumn("kvkNummer", "Nummer bij de Kamer van Koophandel; tekst, zodat voorloopnullen blijven.", example: "01234567") { $0.kvkNummer ?? "" },
            DownloadColumn("emailadres", "Algemeen e-mailadres.", example: "info@example.nl") { $0.emailadres ?? "" },
            DownloadColumn("telefoonnummer", "Algemeen telefoonnummer.", example: "030 123 45 67") { $0.telefoonnummer ?? "" },
            DownloadColumn("aanspreekpunten", "Namen van de aanspreekpunten, gescheiden door komma en spatie.", example: "Anna de Vries") {
                (l.aanspreekpunten[$0.id] ?? []).map(\.volledigeNaam).sorted().joined(separator: ", ")
            },
            DownloadColumn("aantalApplicaties", "Aantal applicaties dat de organisatie aanbiedt.", example: "4") { String(l.applicatiesPerAanbieder[$0.id] ?? 0) },
            DownloadColumn("aantalDiensten", "Aantal diensten dat de organisatie aanbiedt.", example: "2") { String(l.dienstenPerAanbieder[$0.id] ?? 0) },
            DownloadColumn("pagina", "De pagina van de organisatie in de catalogus.", example: "https://www.softwarecatalogus.nl/leveranciers/van-beek-software/") {
                l.links.absolute(l.links.organisaties[$0.id])
            },
        ]
        return DownloadSheet(name: "leveranciers", titel: "Leveranciers en communities", beschrijving: "Alle leveranciers en communities, één regel per organisatie.", columns: columns)
    }

    static func diensten(_ l: DownloadLookups) -> DownloadSheet<Dienst> {
        let columns: [[DownloadColumn<Dienst>]] = [
            [
                DownloadColumn("naam", "Naam van de dienst.", example: "Functioneel beheer Zaakwijzer") { $0.naam },
                DownloadColumn("_id", "Id van de dienst.", example: "dst-00077") { $0.id },
            ],
            DownloadColumn.reference("aanbieder", "De organisatie die de dienst levert.", example: ("Van Beek Software", "org-0512")) { l.organisatie($0.aanbieder) },
            [
                DownloadColumn("type", "Soort dienst, zoals Hosting of Functioneel beheer.", example: "Functioneel beheer") { $0.type.rawValue },
                DownloadColumn("beschrijvingKort", "Korte beschrijving.", example: "Beheer en advies door ervaren consultants.") { $0.beschrijvingKort ?? "" },
                DownloadColumn("website", "Website van de dienst.", example: "https://www.example.nl/beheer") { $0.website ?? "" },
            ],
            DownloadColumn.references("applicaties", idName: "applicatieIds", "Applicaties waarop de dienst geleverd wordt.", example: ("Zaakwijzer", "app-00412")) { d in
                CellFormat.sorted(d.applicaties.compactMap { l.applicatie($0) }.filter { !$0.naam.isEmpty }, name: \.naam, id: \.id)
            },
            [
                DownloadColumn("beoordelingGemiddeld", "Gemiddelde van de goedgekeurde beoordelingen; leeg zonder beoordelingen.", example: "3,8") {
                    CellFormat.rating(l.catalogus.beoordelingenPerDienst[$0.id]).gemiddelde
                },
                DownloadColumn("beoordelingenAantal", "Aantal goedgekeurde beoordelingen.", example: "5") { CellFormat.rating(l.catalogus.beoordelingenPerDienst[$0.id]).aantal },
            ],
        ]
        return DownloadSheet(name: "diensten", titel: "Diensten", beschrijving: "Alle diensten van leveranciers, zoals beheer, hosting en opleidingen.", columns: columns.flatMap { $0 })
    }
}
