import CatalogusModel
import Markdown
import Mustache

/// The overview page of a section (`/applicaties/`, …): every item A–Z with a letter navigation
/// and counts. The page's title and introduction come from the editor's `content/SECTION/index.md`.
enum OverviewViewModel {
    struct Item {
        var naam: String
        var url: String?
        var toelichting: String
        var concept: Bool = false
    }

    static func items(_ section: CatalogueURLs.Section, _ index: CatalogueIndex) -> [Item] {
        let c = index.live
        switch section {
        case .applicaties:
            return c.applicaties.map {
                Item(naam: $0.naam, url: index.urls.url(.applicaties, $0.id), toelichting: index.organisaties[$0.aanbieder]?.naam ?? "", concept: $0.status == .concept)
            }
        case .leveranciers:
            return c.organisaties.filter { $0.type == .leverancier || $0.type == .community }.map {
                Item(naam: $0.naam, url: index.urls.organisatie($0), toelichting: "\($0.type.rawValue) · \(Format.number(index.applicatiesPerAanbieder[$0.id]?.count ?? 0)) applicaties")
            }
        case .gemeenten:
            return c.organisaties.filter { $0.type == .gemeente }.map {
                Item(naam: $0.naam, url: index.urls.organisatie($0), toelichting: [$0.provincie, $0.cbsCode].compactMap { $0 }.joined(separator: " · "))
            }
        case .samenwerkingen:
            return c.organisaties.filter { $0.type == .samenwerking }.map {
                Item(naam: $0.naam, url: index.urls.organisatie($0), toelichting: "\(Format.number(index.ledenPerOrganisatie[$0.id]?.count ?? 0)) deelnemers")
            }
        case .referentiecomponenten:
            return c.gemma.referentiecomponenten.map {
                Item(naam: $0.naam, url: index.urls.url(.referentiecomponenten, $0.objectID), toelichting: "\(Format.number(index.applicatiesPerReferentiecomponent[$0.objectID]?.count ?? 0)) applicaties")
            }
        case .diensten:
            return c.diensten.map {
                Item(naam: $0.naam, url: nil, toelichting: "\($0.type.rawValue) · \(index.organisaties[$0.aanbieder]?.naam ?? "")")
            }
        }
    }

    /// Groups A–Z (and `#` for names that start otherwise), each sorted by name.
    static func make(_ section: CatalogueURLs.Section, _ index: CatalogueIndex) -> [String: MustacheValue] {
        // Sorted by the folded name, so "Één" files under E; the key is computed once per item.
        let keyed = items(section, index).map { (key: Slug.make($0.naam), item: $0) }
            .sorted { ($0.key, $0.item.naam, $0.item.url ?? "") < ($1.key, $1.item.naam, $1.item.url ?? "") }
        let items = keyed.map(\.item)
        var groups: [(letter: String, items: [Item])] = []
        for (key, item) in keyed {
            let first = key.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if groups.last?.letter == first { groups[groups.count - 1].items.append(item) } else { groups.append((first, [item])) }
        }
        // Names that start with a digit or sign come last, as `#` does in the navigation.
        groups.sort { ($0.letter == "#" ? 1 : 0, $0.letter) < ($1.letter == "#" ? 1 : 0, $1.letter) }
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ#".map(String.init)
        let present = Set(groups.map(\.letter))
        var value: [String: MustacheValue] = [
            "aantal": .string(Format.number(items.count)),
            // The applicaties get "Vergelijk" checkboxes (vergelijken.js).
            "vergelijken": .bool(section == .applicaties),
            "letters": .list(letters.map { letter in
                .object(["letter": .string(letter), "anker": .string(anchor(letter)), "aanwezig": .bool(present.contains(letter))])
            }),
        ]
        value.merge(MustacheValue.listing("groepen", groups.map { group in
            .object([
                "letter": .string(group.letter), "anker": .string(anchor(group.letter)),
                "aantal": .string(Format.number(group.items.count)),
                "items": .list(group.items.map { item in
                    .object(["naam": .string(item.naam), "url": .text(item.url), "toelichting": .text(item.toelichting), "concept": .bool(item.concept)])
                }),
            ])
        })) { $1 }
        return value
    }

    private static func anchor(_ letter: String) -> String { letter == "#" ? "overig" : "letter-" + letter.lowercased() }
}

/// The catalogue's totals, for the home page and anywhere else a template wants them.
enum CatalogueCounts {
    static func make(_ index: CatalogueIndex) -> MustacheValue {
        let c = index.live
        let count = { (kind: Organisatie.Soort) in c.organisaties.filter { $0.type == kind }.count }
        return .object([
            "naam": .text(c.info.naam),
            "peildatum": Format.date(c.info.peildatum),
            "gemma_release": .text(c.gemma.release),
            "applicaties": .string(Format.number(c.applicaties.count)),
            "leveranciers": .string(Format.number(count(.leverancier) + count(.community))),
            "gemeenten": .string(Format.number(count(.gemeente))),
            "samenwerkingen": .string(Format.number(count(.samenwerking))),
            "referentiecomponenten": .string(Format.number(c.gemma.referentiecomponenten.count)),
            "diensten": .string(Format.number(c.diensten.count)),
            "heeft_gegevens": .bool(!c.organisaties.isEmpty),
        ])
    }
}
