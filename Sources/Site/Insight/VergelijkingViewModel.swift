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
        let profielen = component.applicaties.map { profielen.profiel($0, index) }
        // Only the standards this component asks for: at national scale its applicaties belong to
        // many other components too, whose standards would add dozens of columns.
        let own = Set((index.standaardRollen[r.objectID] ?? []).map { VergelijkProfielen.standaard($0.standaard).sleutel })
        let vergelijking = Vergelijking(profielen, vast: VergelijkProfielen.vast, alleen: own)
        var value: [String: MustacheValue] = [
            "naam": .string(r.naam),
            "referentiecomponent_url": .text(index.urls.url(.referentiecomponenten, r.objectID)),
            "aantal": .string(Format.number(component.applicaties.count)),
            "kenmerken": .list(vergelijking.rijen.map { .object(["naam": .string($0.kenmerk.naam), "verschilt": .bool($0.verschilt)]) }),
            "verschillen": .text(vergelijking.verschillen.map(\.naam).joined(separator: ", ")),
            "gelijk": .text(vergelijking.rijen.filter { !$0.verschilt }.map(\.kenmerk.naam).joined(separator: ", ")),
        ]
        value["applicaties"] = .list(component.applicaties.enumerated().map { position, a in
            .object([
                "naam": .string(a.naam),
                "url": .text(index.urls.url(.applicaties, a.id)),
                "concept": .bool(a.status == .concept),
                "cellen": .html(cells(vergelijking.rijen, position)),
            ])
        })
        return .object(value)
    }

    /// The row's `<td>`s, escaped here rather than by the template: a national component has
    /// hundreds of applicaties with dozens of cells each, and this is the build's hot loop.
    /// One text as itself, more as a list, none as the criterion's "leeg" text.
    static func cells(_ rijen: [Vergelijking.Rij], _ position: Int) -> String {
        var html = ""
        for rij in rijen {
            let waarden = rij.waarden[position]
            html += "<td>"
            if waarden.isEmpty {
                html += "<span class=\"leeg\">" + escapeHTML(rij.kenmerk.leeg) + "</span>"
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
