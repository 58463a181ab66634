/// The columns of the old softwarecatalogus.nl export ("Alle pakketten") that the import reads.
/// One row is one pakketversie; the leverancier and pakket columns repeat on every row of the
/// pakket, and a pakket without versions has a row with the version columns empty.
///
/// Headers are matched without regard to case or surrounding spaces. Other columns of the export
/// (`Start ontwikkeling`, `Referentiecomponenten leverancier` with names, …) are named in the
/// report as not used.
enum OldExportColumn: String, CaseIterable, Sendable {
    case leverancierID = "Leverancier ID"
    case leverancierNaam = "Leverancier Naam"
    case pakketID = "Pakket ID"
    case pakketNaam = "Pakket Naam"
    case pakketBeschrijving = "Pakket Beschrijving"
    case pakketURL = "Pakket URL productpagina"
    /// Not in every export; without it a version's id is made from the pakket and the version.
    case versieID = "Pakketversie ID"
    case versieNaam = "Pakketversie Naam"
    case versieBeschrijving = "Pakketversie Beschrijving"
    case versieStatus = "Pakketversie Status"
    case mutatiedatum = "Mutatiedatum pakketversie"
    case referentiecomponenten = "Referentiecomponenten leverancier UUID"

    /// Without these the rows cannot be turned into leveranciers, applicaties and versies; the
    /// description is required because `beschrijvingKort` is required in applicaties.json.
    var isRequired: Bool {
        switch self {
        case .leverancierID, .leverancierNaam, .pakketID, .pakketNaam, .pakketBeschrijving, .versieNaam: true
        default: false
        }
    }

    /// The header text compared: lower case, without surrounding white space.
    var key: String { rawValue.lowercased() }
}
