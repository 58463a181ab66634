import JSON

/// One version of an applicatie, as written to `applicatieversies.json`.
struct Applicatieversie: JSONRecord {
    var id: String
    var applicatie: String
    var versie: String
    var beschrijvingKort: String?
    var status: String
    var datumInOntwikkeling: Day?
    var datumInGebruik: Day?
    var datumEindeOndersteuning: Day?
    var datumTeruggetrokken: Day?

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("applicatie", applicatie)
        object.add("versie", versie)
        object.add("beschrijvingKort", beschrijvingKort)
        object.add("status", status)
        object.add("datumInOntwikkeling", datumInOntwikkeling?.text)
        object.add("datumInGebruik", datumInGebruik?.text)
        object.add("datumEindeOndersteuning", datumEindeOndersteuning?.text)
        object.add("datumTeruggetrokken", datumTeruggetrokken?.text)
        return object.json
    }
}

/// About two versions per applicatie, oldest first. Each version's dates follow its lifecycle
/// (in ontwikkeling → in gebruik → einde ondersteuning → teruggetrokken) up to its status, never
/// after the peildatum; a newer version comes into use when the older one loses support.
struct Applicatieversies {
    var all: [Applicatieversie]
    /// Applicatie index → indices into `all` of its versions, oldest first.
    var byApplicatie: [[Int]]

    static func make(_ applicaties: [Applicatie], peildatum: Day, seed: UInt64) -> Applicatieversies {
        var random = SplitMix64(seed: seed, stream: "applicatieversies")
        var plans: [[Applicatieversie]] = []
        for applicatie in applicaties {
            let count = applicatie.status == "Concept" ? random.int(0...1) : random.weighted([(1, 30.0), (2, 45), (3, 20), (4, 5)])
            plans.append(versions(of: applicatie, count: count, peildatum: peildatum, &random))
        }
        let maker = IdMaker("ver", minimumWidth: 5, count: plans.reduce(0) { $0 + $1.count })
        var result = Applicatieversies(all: [], byApplicatie: [])
        for plan in plans {
            var indices: [Int] = []
            for var version in plan {
                version.id = maker.id(result.all.count)
                indices.append(result.all.count)
                result.all.append(version)
            }
            result.byApplicatie.append(indices)
        }
        return result
    }

    private static func versions(of applicatie: Applicatie, count: Int, peildatum: Day, _ random: inout SplitMix64) -> [Applicatieversie] {
        guard count > 0 else { return [] }
        let calendarStyle = random.chance(0.4)
        var major = random.int(1...12)
        var minor = random.int(0...4)
        var year = peildatum.year - count - random.int(0...2)
        // Walk back from the newest version: each older one ended support when its successor arrived.
        var versionStart: [Day] = []
        var start = peildatum - random.int(30...400)
        for _ in 0..<count {
            versionStart.insert(start, at: 0)
            start = start - random.int(300...900)
        }
        let withdrawnVersion = applicatie.status == "Gedepubliceerd"
        let newestInDevelopment = !withdrawnVersion && count > 1 && random.chance(0.15)
        var result: [Applicatieversie] = []
        for position in 0..<count {
            let isNewest = position == count - 1
            let label = calendarStyle ? "\(year).\(random.int(1...4))" : "\(major).\(minor)" + (random.chance(0.3) ? ".\(random.int(1...9))" : "")
            year += 1
            if random.chance(0.4) { major += 1; minor = 0 } else { minor += random.int(1...3) }
            let inGebruik = versionStart[position]
            var version = Applicatieversie(
                id: "", applicatie: applicatie.id, versie: label, status: "in gebruik",
                datumInOntwikkeling: random.chance(0.7) ? inGebruik - random.int(60...240) : nil,
                datumInGebruik: inGebruik)
            let successorInUse = position + 1 < count && !(position + 2 == count && newestInDevelopment)
            if successorInUse {
                let einde = versionStart[position + 1] + random.int(30...365)
                if einde <= peildatum {
                    version.status = "einde ondersteuning"
                    version.datumEindeOndersteuning = einde
                    let teruggetrokken = einde + random.int(90...540)
                    if teruggetrokken <= peildatum, random.chance(0.6) {
                        version.status = "teruggetrokken"
                        version.datumTeruggetrokken = teruggetrokken
                    }
                }
            } else if withdrawnVersion {
                version.status = "einde ondersteuning"
                version.datumEindeOndersteuning = min(peildatum, inGebruik + random.int(60...365))
            } else if isNewest && newestInDevelopment {
                // The newest version is still being built.
                version.status = "in ontwikkeling"
                version.datumInOntwikkeling = inGebruik
                version.datumInGebruik = nil
            }
            version.beschrijvingKort = random.chance(0.5) ? description(version.status, label, &random) : nil
            result.append(version)
        }
        return result
    }

    private static func description(_ status: String, _ versie: String, _ random: inout SplitMix64) -> String {
        switch status {
        case "in ontwikkeling": return "Versie \(versie) is in ontwikkeling; de bètaversie staat klaar voor testgemeenten."
        case "teruggetrokken": return "Versie \(versie) is teruggetrokken; stap over op een nieuwere versie."
        case "einde ondersteuning": return "Voor versie \(versie) komen alleen nog beveiligingsupdates uit."
        default:
            return random.pick([
                "Versie \(versie) met verbeterde toegankelijkheid en nieuwe rapportages.",
                "Versie \(versie) ondersteunt de nieuwste versies van de ZGW API's.",
                "Onderhoudsrelease \(versie) met prestatieverbeteringen.",
            ])
        }
    }
}
