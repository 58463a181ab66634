import CatalogusModel

/// The tables of one gemeente or samenwerking, on the gemeenten site only (contract: "which
/// organisation uses what … per-organisation downloads: never" for the public).
enum LandscapeSheets {
    static func landschap(_ l: DownloadLookups) -> DownloadSheet<Gebruik> {
        let columns: [[DownloadColumn<Gebruik>]] = [
            DownloadColumn.reference("applicatie", "De applicatie in gebruik.", example: ("Zaakwijzer", "app-00412")) { l.applicatie($0.applicatie) },
            DownloadColumn.reference("applicatieversie", "De versie in gebruik, als die bekend is.", example: ("5.2", "ver-00831")) { line in
                line.applicatieversie.map { (l.versieNaam[$0] ?? "", $0) }
            },
            DownloadColumn.reference("leverancier", "De aanbieder van de applicatie.", example: ("Van Beek Software", "org-0512")) {
                l.organisatie(l.aanbieder[$0.applicatie])
            },
            [DownloadColumn("status", "Verwerving, Gepland, In productie, Uit te faseren of Uitgefaseerd.", example: "In productie") { $0.status.rawValue }],
            DownloadColumn.references("referentiecomponenten", idName: "referentiecomponentIds",
                                      "Referentiecomponenten waarvoor de organisatie de applicatie gebruikt; ids zijn GEMMA Object ID's.",
                                      example: ("Zaakregistratiecomponent", "5f236166-7794-4cfa-9ff8-740ca549c130"),
                                      ids: { $0.referentiecomponenten }, naam: { l.referentiecomponenten[$0] ?? "" }),
            DownloadColumn.references("diensten", idName: "dienstIds", "Diensten die bij deze applicatie zijn afgenomen.", example: ("Hosting Zaakwijzer", "dst-00078"),
                                      ids: { $0.diensten }, naam: { l.dienstNaam[$0] ?? "" }),
            DownloadColumn.references("deelnemers", idName: "deelnemerIds", "Bij een samenwerking: de deelnemende organisaties die de applicatie gebruiken.",
                                      example: ("Gemeente Alkmaar", "org-0003"), ids: { $0.deelnemers }, naam: { l.organisatieNaam[$0] ?? "" }),
            [
                DownloadColumn("cloudDienstverleningsmodel", "On-premises, IaaS, PaaS en/of SaaS zoals de organisatie het afneemt.", example: "SaaS") {
                    $0.cloudDienstverleningsmodel.map(\.rawValue).joined(separator: ", ")
                },
                DownloadColumn("startDatumVerwerving", "Begin van de verwerving (JJJJ-MM-DD).", example: "2021-02-01") { $0.startDatumVerwerving ?? "" },
                DownloadColumn("startDatumGepland", "Begin van de planning (JJJJ-MM-DD).", example: "") { $0.startDatumGepland ?? "" },
                DownloadColumn("startDatumInProductie", "In productie sinds (JJJJ-MM-DD).", example: "2021-09-15") { $0.startDatumInProductie ?? "" },
                DownloadColumn("startDatumUitTeFaseren", "Uitfaseren begonnen op (JJJJ-MM-DD).", example: "") { $0.startDatumUitTeFaseren ?? "" },
                DownloadColumn("startDatumUitgefaseerd", "Uitgefaseerd op (JJJJ-MM-DD).", example: "") { $0.startDatumUitgefaseerd ?? "" },
                DownloadColumn("_id", "Id van deze regel van het applicatielandschap.", example: "geb-000001") { $0.id },
            ],
        ]
        return DownloadSheet(name: "landschap", titel: "Applicatielandschap", beschrijving: "Elke applicatie die de organisatie gebruikt, één regel per gebruik.", columns: columns.flatMap { $0 })
    }

    static func koppelingen(_ l: DownloadLookups) -> DownloadSheet<Koppeling> {
        let end = { @Sendable (gebruik: String?) -> (naam: String, id: String)? in
            guard let gebruik, let applicatie = l.gebruikApplicatie[gebruik] else { return nil }
            return (l.applicatieNaam[applicatie] ?? "", applicatie)
        }
        let columns: [[DownloadColumn<Koppeling>]] = [
            [
                DownloadColumn("naam", "Naam van de koppeling.", example: "Zaken naar archief") { $0.naam ?? "" },
                DownloadColumn("_id", "Id van de koppeling.", example: "kop-000123") { $0.id },
            ],
            DownloadColumn.reference("bron", "De applicatie aan de bronkant.", example: ("Zaakwijzer", "app-00412")) { end($0.bron) },
            [DownloadColumn("_bronGebruikId", "Id van de regel in het landschap aan de bronkant.", example: "geb-000001") { $0.bron }],
            DownloadColumn.reference("doel", "De applicatie aan de doelkant; leeg bij een landelijke voorziening.", example: ("ArchiefDepot", "app-00981")) { end($0.doel) },
            [DownloadColumn("_doelGebruikId", "Id van de regel in het landschap aan de doelkant.", example: "geb-000002") { $0.doel ?? "" }],
            DownloadColumn.reference("landelijkeVoorziening", "De landelijke voorziening aan de doelkant, zoals DigiD.", example: ("DigiD", "b5a5a9d2-9c4e-4ab6-8b3d-1f0b6a3c2e11")) { k in
                k.buitengemeentelijkeVoorziening.map { (l.voorzieningen[$0] ?? "", $0) }
            },
            [
                DownloadColumn("richting", "AnaarB (van bron naar doel), BnaarA of bi-directioneel.", example: "AnaarB") { $0.richting?.rawValue ?? "" },
                DownloadColumn("type", "Soort koppeling, zoals api, webservices of bestandsoverdracht.", example: "api") { $0.type?.rawValue ?? "" },
                DownloadColumn("status", "Levenscyclus: in ontwikkeling, in gebruik, einde ondersteuning of teruggetrokken.", example: "in gebruik") { $0.status?.rawValue ?? "" },
            ],
            DownloadColumn.references("standaardversies", idName: "standaardversieIds", "De standaarden waarmee gekoppeld wordt.",
                                      example: ("ZGW API's 1.5", "c4935fc1-8db0-11e3-67ab-0050568a6153"),
                                      ids: { $0.standaardversies }, naam: { l.standaardversies[$0] ?? "" }),
            DownloadColumn.reference("intermediair", "Een applicatie ertussen, zoals een servicebus.", example: ("Servicebus", "app-01002")) { k in
                k.intermediair.flatMap { l.applicatieNaam[$0] != nil ? l.applicatie($0) : nil }
            },
            [DownloadColumn("beschrijvingKort", "Korte beschrijving.", example: "Afgehandelde zaken gaan elke nacht naar het e-depot.") { $0.beschrijvingKort ?? "" }],
        ]
        return DownloadSheet(name: "koppelingen", titel: "Koppelingen", beschrijving: "De koppelingen tussen de applicaties van de organisatie en met landelijke voorzieningen.", columns: columns.flatMap { $0 })
    }
}
