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
        value.merge(MustacheValue.listing("buren", buren.map { buur(g, $0, buurt, index) })) { $1 }
        value.merge(MustacheValue.listing("componenten", componenten(g, buren, buurt, index))) { $1 }
        return value
    }

    private static func buur(_ g: Organisatie, _ b: Buur, _ buurt: Buurt, _ index: CatalogueIndex) -> MustacheValue {
        var redenen: [String] = []
        if !b.samenwerkingen.isEmpty {
            redenen.append("samen in " + b.samenwerkingen.map { index.organisaties[$0]?.naam ?? $0 }.joined(separator: ", "))
        }
        if b.zelfdeProvincie { redenen.append("zelfde provincie") }
        if b.vergelijkbareGrootte { redenen.append("vergelijkbaar inwonertal") }
        if b.meestGelijk { redenen.append("een van de \(BurenIndex.perCriterium) meest gelijke landschappen") }
        var value = buurt.buurVelden[b.gemeente] ?? Buurt.buurVelden(b.gemeente, index)
        value["redenen"] = .string(redenen.joined(separator: "; "))
        value["procent"] = .string("\(b.overeenkomst.procent)")
        value["gedeeld"] = .string(Format.number(b.overeenkomst.gedeeld))
        value["samen"] = .string(Format.number(b.overeenkomst.samen))
        return .object(value)
    }

    /// How many of the buren's applicaties a row names, most used first; the rest are counted.
    static let getoond = 3

    /// Every referentiecomponent this gemeente or one of its buren fills, by naam. At national
    /// scale that is some 170 rows of a dozen applicaties each, so a row names the `getoond` most
    /// used, and the buren as text (their row above has the link and the aanspreekpunt). The two
    /// cells are put together here as escaped HTML from the links made once per build: as
    /// Mustache objects they were a thousand small dictionaries per page.
    private static func componenten(_ g: Organisatie, _ buren: [Buur], _ buurt: Buurt, _ index: CatalogueIndex) -> [MustacheValue] {
        let landschappen = buurt.landschappen
        let gebruik = index.catalogus.gebruik
        let count = landschappen.componentIDs.count
        // Per referentiecomponent number the own lines in use (positions in `regels`), once per time the line names it.
        let regels = landschappen.landschap(g.id)
        var eigen = [[Int]](repeating: [], count: count)
        for (n, line) in regels.enumerated() {
            for i in line.codes { eigen[landschappen.componentVan[landschappen.regelCodes[i]]].append(n) }
        }
        // Pair code → the buren (bit per position: there are at most 4 × `BurenIndex.perCriterium`) that have it;
        // then the codes per referentiecomponent number.
        var bijCode = [UInt64](repeating: 0, count: landschappen.aantalCodes)
        var bijBuren = [[Int]](repeating: [], count: count)
        for (position, b) in buren.enumerated() where position < 64 {
            for code in landschappen.codes(b.gemeente) {
                if bijCode[code] == 0 { bijBuren[landschappen.componentVan[code]].append(code) }
                bijCode[code] |= 1 << UInt64(position)
            }
        }
        let namen = buren.map { buurt.naamHTML[$0.gemeente] ?? escapeHTML(index.organisaties[$0.gemeente]?.naam ?? $0.gemeente) }
        let (siteRang, links, codeApplicatie, codeSleutel) = (buurt.siteRang, buurt.applicatieLinks, landschappen.codeApplicatie, buurt.codeSleutel)
        var first: [Int] = []
        first.reserveCapacity(getoond + 1)
        return buurt.componentVolgorde.filter { !eigen[$0].isEmpty || !bijBuren[$0].isEmpty }.map { number in
            let own = eigen[number].count < 2 ? eigen[number] : eigen[number].sorted { a, b in
                let (x, y) = (siteRang[regels[a].applicatie], siteRang[regels[b].applicatie])
                return x != y ? x < y : gebruik[regels[a].positie].id < gebruik[regels[b].positie].id
            }
            var eigenHTML = ""
            eigenHTML.reserveCapacity(own.count * 128)
            for (i, n) in own.enumerated() {
                if i > 0 { eigenHTML += "; " }
                // One append per piece: `a + b` would make a string of its own first.
                eigenHTML += links[regels[n].applicatie]
                eigenHTML += " ("
                eigenHTML += buurt.statusHTML[regels[n].status] ?? ""
                eigenHTML += ")"
            }
            // The `getoond` first by most buren, then the site's order: keys that sort that way.
            first.removeAll(keepingCapacity: true)
            for code in bijBuren[number] {
                let key = (64 - bijCode[code].nonzeroBitCount) << 56 | codeSleutel[code]
                if first.count == getoond {
                    guard key < first[getoond - 1] else { continue }
                    first.removeLast()
                }
                first.insert(key, at: first.firstIndex { $0 > key } ?? first.count)
            }
            var burenHTML = ""
            burenHTML.reserveCapacity(first.count * 256)
            for (i, key) in first.enumerated() {
                let code = key & Buurt.codeMasker
                let mask = bijCode[code]
                if i > 0 { burenHTML += "; " }
                burenHTML += links[codeApplicatie[code]]
                burenHTML += " ("
                burenHTML += String(mask.nonzeroBitCount)
                burenHTML += ": "
                var rest = mask
                while rest != 0 {
                    if rest != mask { burenHTML += ", " }
                    burenHTML += namen[rest.trailingZeroBitCount]
                    rest &= rest - 1
                }
                burenHTML += ")"
            }
            if bijBuren[number].count > getoond { burenHTML += "; en nog \(bijBuren[number].count - getoond) andere" }
            return .object([
                "referentiecomponent": buurt.componentHTML[number],
                "eigen": eigenHTML.isEmpty ? .null : .html(eigenHTML),
                "bij_buren": burenHTML.isEmpty ? .null : .html(burenHTML),
            ])
        }
    }
}
