import CatalogusModel
import Downloads
import Gemma

/// A small catalogue with a reference of every kind, a value that needs CSV quoting, one that
/// looks like a formula, and a hidden applicatie that no download may name.
enum DownloadsFixture {
    static func catalogus() -> Catalogus {
        var c = Catalogus(info: CatalogusInfo(naam: "Test", peildatum: "2026-11-01"), gemma: GemmaModel.empty)
        var gemeente = Organisatie(id: "gem", naam: "Gemeente Zuid", type: .gemeente)
        gemeente.cbsCode = "GM0007"
        var leverancier = Organisatie(id: "lev", naam: "Lev; \"Haak\" B.V.", type: .leverancier)
        leverancier.kvkNummer = "01234567"
        c.organisaties = [gemeente, leverancier]
        var app = Applicatie(id: "app1", naam: "Zaak", beschrijvingKort: "=SOM(A1:A9)", aanbieder: "lev")
        app.cloudDienstverleningsmodel = [.saas, .paas]
        var hidden = Applicatie(id: "app2", naam: "Verborgen Applicatie", beschrijvingKort: "x", aanbieder: "lev")
        hidden.status = .gedepubliceerd
        c.applicaties = [app, hidden, Applicatie(id: "app3", naam: "archief", beschrijvingKort: "y", aanbieder: "lev")]
        c.applicatieversies = [Applicatieversie(id: "v1", applicatie: "app1", versie: "007")]
        var dienst = Dienst(id: "d1", naam: "Hosting", aanbieder: "lev", type: .hosting)
        dienst.applicaties = ["app1", "app2", "app3"]
        c.diensten = [dienst]
        var line = Gebruik(id: "g1", afnemer: "gem", applicatie: "app1", status: .inProductie)
        line.diensten = ["d1"]
        c.gebruik = [line, Gebruik(id: "g2", afnemer: "gem", applicatie: "app3", status: .gepland)]
        var koppeling = Koppeling(id: "k1", bron: "g1")
        koppeling.doel = "g2"
        koppeling.naam = "Zaken naar archief"
        c.koppelingen = [koppeling]
        return c
    }

    static let links = PageLinks(
        applicaties: ["app1": "/applicaties/zaak/", "app3": "/applicaties/archief/"],
        organisaties: ["gem": "/gemeenten/gemeente-zuid/", "lev": "/leveranciers/lev-haak-b-v/"],
        referentiecomponenten: [:], baseURL: "https://www.softwarecatalogus.nl")

    static func files(_ audience: Audience) -> [String: [UInt8]] {
        Dictionary(Downloads.files(catalogus().visible(to: audience), links: links).map { ($0.path, $0.make()) }, uniquingKeysWith: { a, _ in a })
    }

    /// The CSV as rows of cells, read the way RFC 4180 says (quotes doubled, `;` and line breaks inside quotes).
    static func rows(_ bytes: [UInt8]) -> [[String]] {
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" { cell.append("\""); index = next } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == ";" {
                row.append(cell); cell = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(c)
            }
            index = text.index(after: index)
        }
        return rows
    }
}
