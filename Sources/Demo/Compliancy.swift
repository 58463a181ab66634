import JSON

/// Whether an applicatie supports one standaardversie, as written to `compliancy.json`.
struct Compliancy: JSONRecord {
    var id: String
    var applicatie: String
    var standaardversie: String
    var ondersteund: Bool
    var toelichting: String?
    var url: String?

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("applicatie", applicatie)
        object.add("standaardversie", standaardversie)
        object.add("ondersteund", ondersteund)
        object.add("toelichting", toelichting)
        object.add("url", url)
        return object.json
    }

    /// One row per applicatie and per version of every standaard its referentiecomponenten require
    /// or recommend; about three in four are supported. Concept applicaties have none yet.
    static func make(_ applicaties: [Applicatie], organisaties: Organisaties, gemma: GemmaIndex, seed: UInt64) -> [Compliancy] {
        var random = SplitMix64(seed: seed, stream: "compliancy")
        var domains: [String: String] = [:]
        for leverancier in organisaties.leveranciers { domains[leverancier.id] = leverancier.domain }
        var rows: [Compliancy] = []
        for applicatie in applicaties where applicatie.status != "Concept" {
            var seen: Set<String> = []
            for component in applicatie.componenten {
                for versie in gemma.referentiecomponenten[component].standaardversies where seen.insert(versie).inserted {
                    let ondersteund = random.chance(0.75)
                    var row = Compliancy(id: "", applicatie: applicatie.id, standaardversie: versie, ondersteund: ondersteund)
                    if ondersteund, random.chance(0.15) {
                        row.toelichting = "Aangetoond met een testrapport van een onafhankelijke partij."
                        row.url = "https://www.\(domains[applicatie.aanbieder] ?? "leverancier.example.nl")/compliancy/\(slug(applicatie.naam)).pdf"
                    } else if !ondersteund, random.chance(0.3) {
                        row.toelichting = random.pick([
                            "Ondersteuning staat op de roadmap voor volgend jaar.",
                            "Niet ondersteund; een nieuwere versie van de standaard wel.",
                            "Alleen via een aanvullende module.",
                        ])
                    }
                    rows.append(row)
                }
            }
        }
        let maker = IdMaker("cmp", minimumWidth: 6, count: rows.count)
        for index in rows.indices { rows[index].id = maker.id(index) }
        return rows
    }
}
