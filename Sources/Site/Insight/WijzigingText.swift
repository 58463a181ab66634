import CatalogusModel
import Insight

/// What the changes page and the Atom feeds say about one change, in Dutch, and the page it
/// links to. Names come from the change itself (what the snapshot that had it called it) and
/// from the public lookups; never anything about who uses what.
struct WijzigingText: Sendable {
    let titel: String
    let tekst: String
    /// Root-relative address of the page the change is about.
    let url: String

    /// `oldURLs`: applicatie id → its page in the previous snapshot, for what is gone now.
    static func make(_ w: Wijziging, _ index: CatalogueIndex, oldURLs: [String: String]) -> WijzigingText {
        let applicatie = w.applicaties.first
        let page = applicatie.flatMap { index.urls.url(.applicaties, $0) ?? oldURLs[$0] } ?? Wijzigingen.url
        let aanbieder = applicatie.flatMap { index.applicaties[$0]?.aanbieder }.flatMap { index.organisaties[$0]?.naam }
        let van = aanbieder.map { " van \($0)" } ?? ""
        let versie = "versie \(w.naam) van \(w.applicatieNaam)"
        switch w.soort {
        case .nieuweApplicatie:
            return WijzigingText(titel: "Nieuwe applicatie: \(w.naam)", tekst: "\(w.naam)\(van) staat nu in de catalogus.", url: page)
        case .applicatieIngetrokken:
            let tekst = w.nieuw.map { "\(w.naam) is opgegaan in \($0)." } ?? "\(w.naam) staat niet meer in de catalogus."
            return WijzigingText(titel: "Ingetrokken: \(w.naam)", tekst: tekst, url: page)
        case .applicatieStatus:
            return WijzigingText(titel: "Andere status: \(w.naam)", tekst: "De status van \(w.naam)\(van) is nu \(lower(w.nieuw)) (was \(lower(w.oud))).", url: page)
        case .nieuweVersie:
            let status = w.nieuw.map { " (\($0))" } ?? ""
            return WijzigingText(titel: "Nieuwe versie: \(w.applicatieNaam) \(w.naam)", tekst: "Er is een nieuwe \(versie)\(status).", url: page)
        case .eindeOndersteuning:
            return WijzigingText(titel: "Einde ondersteuning: \(w.applicatieNaam) \(w.naam)",
                                 tekst: "Voor \(versie) is de ondersteuning beëindigd (was \(lower(w.oud))).", url: page)
        case .versieStatus:
            return WijzigingText(titel: "Versie \(w.naam) van \(w.applicatieNaam): \(lower(w.nieuw))",
                                 tekst: "De levensfase van \(versie) is nu \(lower(w.nieuw)) (was \(lower(w.oud))).", url: page)
        case .nieuweDienst, .dienstUitgebreid:
            let dienst = index.diensten[w.subject]
            let leverancier = dienst.flatMap { index.organisaties[$0.aanbieder] }
            let soort = dienst.map { " (\($0.type.rawValue.lowercased()))" } ?? ""
            let voor = w.applicatieNaam.isEmpty ? "" : " voor \(w.applicatieNaam)"
            let url = applicatie.flatMap { index.urls.url(.applicaties, $0) } ?? leverancier.flatMap { index.urls.organisatie($0) } ?? CatalogueURLs.Section.diensten.url
            let door = leverancier.map { "\($0.naam) biedt" } ?? "Er is"
            if w.soort == .nieuweDienst {
                return WijzigingText(titel: "Nieuwe dienst: \(w.naam)", tekst: "\(door) de nieuwe dienst \(w.naam)\(soort)\(voor).", url: url)
            }
            return WijzigingText(titel: "Dienst \(w.naam) nu ook\(voor)", tekst: "\(door) de dienst \(w.naam)\(soort) nu ook\(voor).", url: url)
        }
    }

    private static func lower(_ status: String?) -> String { (status ?? "onbekend").lowercased() }

    /// The heading of each group on the changes page.
    static func group(_ soort: Wijziging.Soort) -> String {
        switch soort {
        case .nieuweApplicatie: "Nieuwe applicaties"
        case .applicatieIngetrokken: "Ingetrokken applicaties"
        case .applicatieStatus: "Applicaties met een andere status"
        case .nieuweVersie: "Nieuwe versies"
        case .eindeOndersteuning: "Versies waarvan de ondersteuning is beëindigd"
        case .versieStatus: "Versies in een andere levensfase"
        case .nieuweDienst: "Nieuwe diensten"
        case .dienstUitgebreid: "Diensten voor meer applicaties"
        }
    }
}
