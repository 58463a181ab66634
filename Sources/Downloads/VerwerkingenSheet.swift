import CatalogusModel
import Tabular

/// One row of a register van verwerkingen: one verwerking of one line of the landscape.
public struct VerwerkingRegel: Sendable, Equatable {
    /// The landscape line (`Gebruik.id`) and its applicatie.
    public let gebruik: String
    public let applicatie: (naam: String, id: String)
    public let verwerking: Verwerking

    public init(gebruik: String, applicatie: (naam: String, id: String), verwerking: Verwerking) {
        self.gebruik = gebruik
        self.applicatie = applicatie
        self.verwerking = verwerking
    }

    public static func == (a: VerwerkingRegel, b: VerwerkingRegel) -> Bool {
        a.gebruik == b.gebruik && a.applicatie == b.applicatie && a.verwerking == b.verwerking
    }
}

/// The register van verwerkingen of one gemeente or samenwerking as CSV (gemeenten site only:
/// `gebruik.verwerkingen` is landscape data, which the contract keeps from the public).
public enum Verwerkingenregister {
    /// File name part: `/gemeenten/utrecht/verwerkingen/utrecht-verwerkingen.csv`.
    public static let name = "verwerkingen"

    /// Its columns, for the downloads page.
    public static func doc() -> SheetDoc { sheet.doc }

    public static func csv(_ rows: [VerwerkingRegel]) -> [UInt8] {
        CSV.encode(sheet.table(rows))
    }

    static let sheet: DownloadSheet<VerwerkingRegel> = {
        let list = { @Sendable (values: [String]) in values.joined(separator: ", ") }
        let columns: [[DownloadColumn<VerwerkingRegel>]] = [
            DownloadColumn.reference("applicatie", "De applicatie waarmee de organisatie de persoonsgegevens verwerkt.", example: ("Zaakwijzer", "app-00412")) { $0.applicatie },
            [
                DownloadColumn("_gebruikId", "Id van de regel van het applicatielandschap waar de verwerking bij hoort.", example: "geb-000001") { $0.gebruik },
                DownloadColumn("naam", "Naam van de verwerking.", example: "Behandelen bezwaarschriften") { $0.verwerking.naam },
                DownloadColumn("doel", "Waarvoor de persoonsgegevens worden verwerkt.", example: "Afhandelen van bezwaar") { $0.verwerking.doel ?? "" },
                DownloadColumn("grondslag", "De wettelijke grondslag (AVG artikel 6).", example: "AVG art. 6 lid 1e") { $0.verwerking.grondslag ?? "" },
                DownloadColumn("categorieenPersoonsgegevens", "Welke soorten persoonsgegevens, gescheiden door komma en spatie.", example: "NAW-gegevens, BSN") {
                    list($0.verwerking.categorieenPersoonsgegevens)
                },
                DownloadColumn("categorieenBetrokkenen", "Van wie de gegevens zijn, gescheiden door komma en spatie.", example: "Inwoners, Bezwaarmakers") {
                    list($0.verwerking.categorieenBetrokkenen)
                },
                DownloadColumn("bewaartermijn", "Hoe lang de gegevens worden bewaard.", example: "7 jaar na afhandeling") { $0.verwerking.bewaartermijn ?? "" },
            ],
        ]
        return DownloadSheet(name: name, titel: "Register van verwerkingen",
                             beschrijving: "Elke verwerking van persoonsgegevens per applicatie van het landschap; alleen als CSV, op de pagina Register van verwerkingen van de organisatie.",
                             columns: columns.flatMap { $0 })
    }()
}
