import CatalogusModel
import Insight
import Mustache

/// `/vergelijken/SLUG/`: all applicaties of one referentiecomponent, one row each, with a column
/// per criterion. A column whose values are not the same for all applicaties says "verschilt" in
/// its header (text, not only colour), and the page lists those columns before the table. The
/// standards are those the component requires or recommends.
enum VergelijkingViewModel {
    static func make(_ component: Vergelijken.Component, _ index: CatalogueIndex) -> MustacheValue {
        let r = component.referentiecomponent
        let profielen = component.applicaties.map { VergelijkProfielen.make($0, index) }
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
                "cellen": .list(vergelijking.rijen.map { cell($0.waarden[position], leeg: $0.kenmerk.leeg) }),
            ])
        })
        return .object(value)
    }

    /// One text as itself, more as a list, none as the criterion's "leeg" text.
    static func cell(_ waarden: [String], leeg: String) -> MustacheValue {
        .object([
            "leeg": waarden.isEmpty ? .string(leeg) : .null,
            "enkel": waarden.count == 1 ? .string(waarden[0]) : .null,
            "lijst": .list(waarden.count > 1 ? waarden.map(MustacheValue.string) : []),
            "heeft_lijst": .bool(waarden.count > 1),
        ])
    }
}
