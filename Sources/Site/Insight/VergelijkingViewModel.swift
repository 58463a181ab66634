import CatalogusModel
import Insight
import Mustache

/// `/vergelijken/SLUG/`: all applicaties of one referentiecomponent, one row each, with a column
/// per criterion. A column whose values are not the same for all applicaties says "verschilt" in
/// its header (text, not only colour), and the page lists those columns before the table. The
/// standards are those the component requires or recommends.
enum VergelijkingViewModel {
    static func make(_ component: Vergelijken.Component, _ index: CatalogueIndex, _ profielen: Vergelijken.Profielen) -> MustacheValue {
        let r = component.referentiecomponent
        let gekozen = component.applicaties.map { profielen.profiel($0, index) }
        // Only the standards this component asks for: at national scale its applicaties belong to
        // many other components too, whose standards would add dozens of columns.
        let own = Set((index.standaardRollen[r.objectID] ?? []).map { VergelijkProfielen.standaard($0.standaard).sleutel })
        let vergelijking = Vergelijking(gekozen, vast: VergelijkProfielen.vast, alleen: own)
        var value: [String: MustacheValue] = [
            "naam": .string(r.naam),
            "referentiecomponent_url": .text(index.urls.url(.referentiecomponenten, r.objectID)),
            "aantal": .string(Format.number(component.applicaties.count)),
            "kenmerken": .list(vergelijking.rijen.map { .object(["naam": .string($0.kenmerk.naam), "verschilt": .bool($0.verschilt)]) }),
            "verschillen": .text(vergelijking.verschillen.map(\.naam).joined(separator: ", ")),
            "gelijk": .text(vergelijking.rijen.filter { !$0.verschilt }.map(\.kenmerk.naam).joined(separator: ", ")),
        ]
        // The fixed criteria come first in every row; their cells are made once per applicatie (`Profielen`).
        let vast = VergelijkProfielen.vast.count
        let standaarden = Array(vergelijking.rijen.dropFirst(vast))
        value["applicaties"] = .list(component.applicaties.enumerated().map { position, a in
            let eigen = cells(standaarden.map { $0.waarden[position] }, standaarden.map(\.kenmerk))
            return .object([
                "naam": .string(a.naam),
                "url": .text(index.urls.url(.applicaties, a.id)),
                "concept": .bool(a.status == .concept),
                "cellen": .html((profielen.vasteCellen[a.id] ?? cells(vergelijking.rijen.prefix(vast).map { $0.waarden[position] }, VergelijkProfielen.vast)) + eigen),
            ])
        })
        return .object(value)
    }

    /// The row's `<td>`s, one per criterion with the applicatie's texts for it, escaped here rather
    /// than by the template: a national component has hundreds of applicaties with dozens of cells
    /// each. One text as itself, more as a list, none as the criterion's "leeg" text.
    static func cells(_ waardenPerKenmerk: [[String]], _ kenmerken: [Kenmerk]) -> String {
        var html = ""
        for (waarden, kenmerk) in zip(waardenPerKenmerk, kenmerken) {
            html += "<td>"
            if waarden.isEmpty {
                html += "<span class=\"leeg\">" + escapeHTML(kenmerk.leeg) + "</span>"
            } else if waarden.count == 1 {
                html += escapeHTML(waarden[0])
            } else {
                html += "<ul>"
                for text in waarden { html += "<li>" + escapeHTML(text) + "</li>" }
                html += "</ul>"
            }
            html += "</td>"
        }
        return html
    }
}
