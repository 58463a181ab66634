import CatalogusModel
import Content
import Downloads
import Markdown
import Mustache

/// `/leveranciers/SLUG/`, `/gemeenten/SLUG/`, `/samenwerkingen/SLUG/`: the profile, and what the
/// audience may see of what it offers, uses and connects.
enum OrganisatieViewModel {
    static func make(_ o: Organisatie, _ index: CatalogueIndex) -> [String: MustacheValue] {
        var value: [String: MustacheValue] = [
            "naam": .string(o.naam),
            "soort": .string(o.type.rawValue),
            "is_leverancier": .bool(o.type == .leverancier || o.type == .community),
            "is_afnemer": .bool(o.isAfnemer),
            "concept": .bool(o.status == .concept),
            "website": .text(o.website),
            "beschrijving_kort": .text(o.beschrijvingKort),
            "beschrijving": o.beschrijvingLang.map { .html(Markdown.render($0, headingOffset: 2, reservedIDs: PageAnchors.reserved).html) } ?? .null,
            "cbs_code": .text(o.cbsCode),
            "provincie": .text(o.provincie),
            "inwonertal": o.inwonertal.map { .string(Format.number($0)) } ?? .null,
            "samenwerkingtype": .text(o.samenwerkingtype),
            "gemeenten": .bool(index.catalogus.audience == .gemeenten),
        ]
        let byName = { (a: Organisatie, b: Organisatie) in (a.naam, a.id) < (b.naam, b.id) }
        value.merge(MustacheValue.listing("deelnames", o.deelnames.compactMap { index.organisaties[$0] }.sorted(by: byName).map { index.organisatieLink($0.id) })) { $1 }
        value.merge(MustacheValue.listing("leden", (index.ledenPerOrganisatie[o.id] ?? []).sorted(by: byName).map { index.organisatieLink($0.id) })) { $1 }
        value.merge(MustacheValue.listing("applicaties", (index.applicatiesPerAanbieder[o.id] ?? []).sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }.map { a in
            .object([
                "naam": .string(a.naam), "url": .text(index.urls.url(.applicaties, a.id)),
                "beschrijving_kort": .string(a.beschrijvingKort), "concept": .bool(a.status == .concept),
            ])
        })) { $1 }
        value.merge(MustacheValue.listing("diensten", (index.dienstenPerAanbieder[o.id] ?? []).sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }.map { d in
            .object(["naam": .string(d.naam), "soort": .string(d.type.rawValue), "beschrijving_kort": .text(d.beschrijvingKort)])
        })) { $1 }
        value.merge(MustacheValue.listing("aanspreekpunten", Contacts.forOrganisatie(o.id, index))) { $1 }
        value.merge(MustacheValue.listing("landschap", Landscape.lines(o.id, index))) { $1 }
        value.merge(MustacheValue.listing("koppelingen", Landscape.koppelingen(o.id, index))) { $1 }
        // Contract: per-organisation downloads only on the gemeenten site.
        let downloads = index.downloads && index.catalogus.audience == .gemeenten && o.isAfnemer ? index.urls.organisatie(o).map(Downloads.organisationLinks) ?? [] : []
        let isLeverancier = o.type == .leverancier || o.type == .community
        value["archimate"] = index.downloads && isLeverancier ? index.urls.organisatie(o).map { .string(Downloads.portfolioLink(pageURL: $0).url) } ?? .null : .null
        value.merge(MustacheValue.listing("inzicht", InsightPlan.organisatieLinks(o, index))) { $1 }
        value.merge(MustacheValue.listing("downloads", downloads.map { .object(["url": .string($0.url), "titel": .string($0.titel), "formaat": .string($0.formaat)]) })) { $1 }
        return value
    }
}

/// An organisation's application landscape and its koppelingen (gemeenten site only: the
/// audience stage leaves these lists empty for the public).
enum Landscape {
    static func lines(_ afnemer: String, _ index: CatalogueIndex) -> [MustacheValue] {
        index.lines(index.gebruikPerAfnemer[afnemer]).map { line -> (SortKey, MustacheValue) in
            let applicatie = index.applicaties[line.applicatie]
            let components = line.referentiecomponenten.compactMap { id in index.referentiecomponenten[id].map { ($0.naam, id) } }.sorted { $0 < $1 }
            return (index.sortKey(line.applicatie, naam: applicatie?.naam ?? "", tieBreak: line.id), .object([
                "applicatie": index.applicatieLink(line.applicatie),
                "versie": .text(line.applicatieversie.flatMap { index.versies[$0]?.versie }),
                "status": .string(line.status.rawValue),
                "referentiecomponenten": .list(components.map { index.referentiecomponentLinks[$0.1] ?? .null }),
                "leverancier": applicatie.map { index.organisatieLink($0.aanbieder) } ?? .null,
                "diensten": .text(line.diensten.compactMap { index.diensten[$0]?.naam }.sorted().joined(separator: ", ")),
            ]))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func koppelingen(_ afnemer: String, _ index: CatalogueIndex) -> [MustacheValue] {
        (index.koppelingenPerAfnemer[afnemer] ?? []).map { k -> (SortKey, MustacheValue) in
            let bronApplicatie = index.applicatie(ofGebruik: k.bron)
            let bron = bronApplicatie.flatMap { index.applicaties[$0]?.naam } ?? ""
            let doel: String
            var folded = [bronApplicatie.flatMap { index.foldedNames[$0] } ?? Slug.make(bron)]
            if let id = k.doel {
                let doelApplicatie = index.applicatie(ofGebruik: id)
                doel = doelApplicatie.flatMap { index.applicaties[$0]?.naam } ?? ""
                folded.append(doelApplicatie.flatMap { index.foldedNames[$0] } ?? Slug.make(doel))
            } else {
                doel = k.buitengemeentelijkeVoorziening.flatMap { index.voorzieningen[$0]?.naam } ?? ""
                folded.append(Slug.make(doel))
            }
            // Slug.make(bron + " → " + doel), from the parts already folded.
            let key = SortKey(folded: folded.filter { !$0.isEmpty }.joined(separator: "-"), name: bron + " → " + doel, id: k.id)
            return (key, .object([
                "naam": .text(k.naam),
                "bron": .string(bron),
                "doel": .string(doel),
                "landelijk": .bool(k.buitengemeentelijkeVoorziening != nil),
                "richting": .text(k.richting.map(richting)),
                "soort": .text(k.type?.rawValue),
                "status": .text(k.status?.rawValue),
            ]))
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private static func richting(_ r: Koppeling.Richting) -> String {
        switch r {
        case .aNaarB: "van bron naar doel"
        case .bNaarA: "van doel naar bron"
        case .biDirectioneel: "beide richtingen"
        }
    }
}
