import Insight
import Mustache

/// What `wijzigingen.mustache` sees: the changes grouped by kind, newest first within a group,
/// and whether this build was compared with a previous snapshot at all.
enum WijzigingenPage {
    /// `gemeente`: name and page of the afnemer whose landscape page this is (gemeenten site only).
    /// `positions` of the changes shown, in `changes.changes` and `texts` (their words, made once).
    static func make(_ positions: [Int], changes: ChangeSet, texts: [WijzigingText], feed: String, gemeente: (naam: String, url: String)?) -> MustacheValue {
        let grouped = Dictionary(grouping: positions) { changes.changes[$0].soort }
        let groups = Wijziging.Soort.allCases.compactMap { soort -> MustacheValue? in
            guard let items = grouped[soort], !items.isEmpty else { return nil }
            return .object([
                "titel": .string(WijzigingText.group(soort)),
                "anker": .string(soort.rawValue),
                "aantal": .string(Format.number(items.count)),
                "items": .list(items.map { position in
                    let text = texts[position]
                    return .object(["titel": .string(text.titel), "url": .string(text.url), "tekst": .string(text.tekst),
                                    "datum": Format.date(changes.changes[position].datum)])
                }),
            ])
        }
        return .object([
            "vergeleken": .bool(changes.compared),
            "peildatum": Format.date(changes.peildatum),
            "vorige_peildatum": changes.vorigePeildatum.map { Format.date($0) } ?? .string("onbekend"),
            "aantal": .string(Format.number(positions.count)),
            "een": .bool(positions.count == 1),
            "groepen": .list(groups),
            "heeft_groepen": .bool(!groups.isEmpty),
            "feed": .string(feed),
            "gemeente": gemeente.map { .object(["naam": .string($0.naam), "url": .string($0.url)]) } ?? .null,
        ])
    }
}
