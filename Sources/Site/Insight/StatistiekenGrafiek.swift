import Insight
import Mustache
import SVG

/// A chart and the same numbers as a table, for `partials/grafiek.mustache`: the drawing for the
/// eye, the table (in a `<details>` under it) for screen readers, text browsers and copying.
struct StatistiekenGrafiek {
    /// One row of the table: its header cell (a link when `url` is given) and the other cells.
    struct Rij {
        let kop: String
        let url: String?
        let cellen: [String]
    }

    /// Unique on its page: the drawing's id and the table's anchor.
    let id: String
    let titel: String
    let uitleg: String?
    let bars: [BarChart.Bar]
    let scale: Double?
    let kolommen: [String]
    let rijen: [Rij]

    init(id: String, titel: String, uitleg: String? = nil, bars: [BarChart.Bar], scale: Double? = nil, kolommen: [String], rijen: [Rij]) {
        self.id = id
        self.titel = titel
        self.uitleg = uitleg
        self.bars = bars
        self.scale = scale
        self.kolommen = kolommen
        self.rijen = rijen
    }

    /// A chart of counts with one bar and one row per tally: "naam", the count, and its share of `total`.
    init(id: String, titel: String, uitleg: String? = nil, kolom: String, telling: String, tallies: [Tally], total: Int,
         naam: (Tally) -> String = { $0.naam }, url: (Tally) -> String? = { _ in nil }) {
        self.init(id: id, titel: titel, uitleg: uitleg, bars: tallies.map { t in
            BarChart.Bar(label: naam(t), value: Double(t.count), valueText: "\(Format.number(t.count)) (\(StatistiekenText.percent(fraction(t.count, of: total))))")
        }, kolommen: [kolom, telling, "Aandeel"], rijen: tallies.map { t in
            Rij(kop: naam(t), url: url(t), cellen: [Format.number(t.count), StatistiekenText.percent(fraction(t.count, of: total))])
        })
    }

    var value: MustacheValue {
        // A chart without a table of its own says its numbers in its description.
        let numbers = rijen.isEmpty && !bars.isEmpty ? bars.map { "\($0.label): \($0.valueText)" }.joined(separator: "; ") + "." : nil
        let description = [uitleg, numbers].compactMap { $0 }.joined(separator: " ")
        let chart = BarChart(title: titel, description: description.isEmpty ? nil : description, bars: bars, scale: scale)
        return .object([
            "id": .string(id),
            "titel": .string(titel),
            "leeg": .bool(bars.isEmpty),
            "svg": bars.isEmpty ? .null : .html(String(decoding: chart.document(id: id).inline, as: UTF8.self)),
            "heeft_tabel": .bool(!rijen.isEmpty),
            "kolommen": .list(kolommen.map(MustacheValue.string)),
            "rijen": .list(rijen.map { rij in
                .object(["kop": .string(rij.kop), "url": .text(rij.url), "cellen": .list(rij.cellen.map(MustacheValue.string))])
            }),
        ])
    }
}

/// The words the statistics put on the page for the data's own categories, in one place.
enum StatistiekenText {
    /// 0.375 → "38%"; a share above zero that rounds to nothing is "< 1%".
    static func percent(_ share: Double) -> String {
        let whole = Int((share * 100).rounded())
        return whole == 0 && share > 0 ? "< 1%" : "\(whole)%"
    }

    static func cloud(_ key: String) -> String {
        switch CloudCategorie(rawValue: key) {
        case .meerdere: "Meerdere modellen"
        case .onbekend, nil: "Niet opgegeven"
        case let known?: known.rawValue
        }
    }

    static func regio(_ key: String) -> String {
        ["NL": "Nederland", "EU": "Europese Unie", "US": "Verenigde Staten", "Elders": "Elders"][key] ?? "Niet opgegeven"
    }

    static func licentie(_ key: String) -> String { key.isEmpty ? "Niet opgegeven" : key }

    static func provincie(_ key: String) -> String { key.isEmpty ? "Provincie niet bekend" : key }

    static func grootte(_ key: String) -> String {
        switch GemeenteStatistics.SizeClass(rawValue: key) {
        case .tot20k: "Minder dan 20.000 inwoners"
        case .tot50k: "20.000 tot 50.000 inwoners"
        case .tot100k: "50.000 tot 100.000 inwoners"
        case .vanaf100k: "100.000 inwoners of meer"
        case .onbekend, nil: "Inwonertal niet bekend"
        }
    }

    /// "2026-11-01" → "1 november 2026".
    static func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
