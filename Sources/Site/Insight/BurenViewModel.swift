import CatalogusModel
import Insight
import Mustache

/// What `buren.mustache` shows: the buren with why each was chosen and whom to ask there, and
/// per referentiecomponent what this gemeente and its buren use.
enum BurenViewModel {
    static func make(_ g: Organisatie, pageURL: String, _ buurt: Buurt, _ index: CatalogueIndex) -> [String: MustacheValue] {
        let buren = buurt.buren.buren[g.id] ?? []
        var value: [String: MustacheValue] = [
            "naam": .string(g.naam),
            "url": .string(pageURL),
            "advies_url": .string(pageURL + "advies/"),
            "per_criterium": .string("\(BurenIndex.perCriterium)"),
            "getoond": .string("\(getoond)"),
            "aantal_invullingen": .string(Format.number(buurt.landschappen.codes(g.id).count)),
        ]
        value.merge(MustacheValue.listing("buren", buren.map { buur(g, $0, index) })) { $1 }
        value.merge(MustacheValue.listing("componenten", componenten(g, buren, buurt, index))) { $1 }
        return value
    }

    private static func buur(_ g: Organisatie, _ b: Buur, _ index: CatalogueIndex) -> MustacheValue {
        let h = index.organisaties[b.gemeente]
        var redenen: [String] = []
        if !b.samenwerkingen.isEmpty {
            redenen.append("samen in " + b.samenwerkingen.map { index.organisaties[$0]?.naam ?? $0 }.joined(separator: ", "))
        }
        if b.zelfdeProvincie { redenen.append("zelfde provincie") }
        if b.vergelijkbareGrootte { redenen.append("vergelijkbaar inwonertal") }
        if b.meestGelijk { redenen.append("een van de \(BurenIndex.perCriterium) meest gelijke landschappen") }
        return .object([
            "naam": .string(h?.naam ?? b.gemeente),
            "url": h.flatMap { index.urls.organisatie($0) }.map(MustacheValue.string) ?? .null,
            "anker": .string(Buurt.anker(b.gemeente, index)),
            "provincie": .text(h?.provincie),
            "inwoners": h?.inwonertal.map { .string(Format.number($0)) } ?? .null,
            "redenen": .string(redenen.joined(separator: "; ")),
            "procent": .string("\(b.overeenkomst.procent)"),
            "gedeeld": .string(Format.number(b.overeenkomst.gedeeld)),
            "samen": .string(Format.number(b.overeenkomst.samen)),
            "aanspreekpunten": .list(Contacts.forOrganisatie(b.gemeente, index)),
        ])
    }

    /// How many of the buren's applicaties a row names, most used first; the rest are counted.
    static let getoond = 3

    /// Every referentiecomponent this gemeente or one of its buren fills, by naam. At national
    /// scale that is some 170 rows of a dozen applicaties each, so a row names the `getoond` most
    /// used, and the buren as text (their row above has the link and the aanspreekpunt).
    private static func componenten(_ g: Organisatie, _ buren: [Buur], _ buurt: Buurt, _ index: CatalogueIndex) -> [MustacheValue] {
        let landschappen = buurt.landschappen
        let gebruik = index.catalogus.gebruik
        let count = landschappen.componentIDs.count
        var eigen = [[(key: (Int, String), applicatie: MustacheValue, status: String)]](repeating: [], count: count)
        for position in landschappen.regels(g.id) where gebruik[position].isInGebruik {
            let line = gebruik[position]
            let key = (buurt.rang[line.applicatie] ?? Int.max, line.id)
            for rc in landschappen.referentiecomponenten(line) {
                if let number = buurt.componentNummer[rc] { eigen[number].append((key, buurt.applicatie(line.applicatie), line.status.rawValue)) }
            }
        }
        // Pair code → the buren (by position) that have it; then per referentiecomponent number.
        var perCode: [Int: [Int]] = [:]
        for (position, b) in buren.enumerated() {
            for code in landschappen.codes(b.gemeente) { perCode[code, default: []].append(position) }
        }
        var bijBuren = [[(code: Int, buren: [Int])]](repeating: [], count: count)
        for (code, positions) in perCode { bijBuren[landschappen.componentVan[code]].append((code, positions)) }
        let namen = buren.map { index.organisaties[$0.gemeente]?.naam ?? $0.gemeente }
        return buurt.componentVolgorde.filter { !eigen[$0].isEmpty || !bijBuren[$0].isEmpty }.map { number in
            let all = bijBuren[number].sorted { ($1.buren.count, buurt.codeRang[$0.code]) < ($0.buren.count, buurt.codeRang[$1.code]) }
            let used = all.prefix(getoond).map { entry -> MustacheValue in
                .object([
                    "applicatie": buurt.applicatie(landschappen.invulling(entry.code).applicatie),
                    "tekst": .string("(\(entry.buren.count): " + entry.buren.map { namen[$0] }.joined(separator: ", ") + ")"),
                    "na": .string(entry.code == all[min(all.count, getoond) - 1].code ? "" : "; "),
                ])
            }
            let sorted = eigen[number].sorted { $0.key < $1.key }
            let own = sorted.indices.map { i -> MustacheValue in
                .object(["applicatie": sorted[i].applicatie, "status": .string(sorted[i].status), "na": .string(i == sorted.count - 1 ? "" : "; ")])
            }
            return .object([
                "referentiecomponent": buurt.componentHTML[number],
                "eigen": .list(own), "heeft_eigen": .bool(!own.isEmpty),
                "buren": .list(used), "heeft_buren": .bool(!used.isEmpty),
                "overige": all.count > getoond ? .string("\(all.count - getoond)") : .null,
            ])
        }
    }
}
