import CatalogusModel

/// `Pakketversie Status` of the old export, as the contract's lower-case lifecycle, and the date
/// field that `Mutatiedatum pakketversie` goes into: the date the version reached that status.
enum OldExportStatus {
    /// The status for `text` (any case, surrounding spaces ignored), or nil when it is unknown.
    static func levenscyclus(_ text: String) -> Levenscyclus? {
        Levenscyclus(rawValue: text.lowercased())
    }

    /// The spellings the export uses, for the message about an unknown one.
    static let spellings = ["In gebruik", "In ontwikkeling", "Einde ondersteuning", "Teruggetrokken"]

    static func dateField(_ status: Levenscyclus) -> String {
        switch status {
        case .inOntwikkeling: "datumInOntwikkeling"
        case .inGebruik: "datumInGebruik"
        case .eindeOndersteuning: "datumEindeOndersteuning"
        case .teruggetrokken: "datumTeruggetrokken"
        }
    }
}
