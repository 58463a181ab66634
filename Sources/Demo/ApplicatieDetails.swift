/// Hosting, licence, type and documents of an applicatie: the fields that don't depend on others.
enum ApplicatieDetails {
    private static let cloudChoices: [([String], Double)] = [
        (["On-premises"], 25), (["SaaS"], 40), (["On-premises", "SaaS"], 10), (["PaaS"], 5),
        (["On-premises", "IaaS"], 5), (["IaaS"], 4), (["PaaS", "SaaS"], 5), ([], 6),
    ]

    private static let openLicences: [(String, Double)] = [
        ("EUPL-1.2", 50), ("AGPL-3.0-or-later", 15), ("GPL-3.0-or-later", 10), ("MIT", 10),
        ("Apache-2.0", 10), ("MPL-2.0", 5),
    ]

    private static let closedLicences: [(String?, Double)] = [
        ("Commerciële licentie per inwoner", 30), ("Commerciële licentie per gebruiker", 25),
        ("Abonnement (SaaS)", 25), (nil, 20),
    ]

    private static let technicalWords = [
        "firewall", "netwerk", "vpn", "anti-", "back-up", "wachtwoord", "siem", "ids-ips", "logging",
        "kantoorautomatisering", "mobile-device", "servicebus", "software-", "vulnerability", "preventie-dataverlies",
    ]

    static func isTechnical(_ referentiecomponent: String) -> Bool {
        let lower = referentiecomponent.lowercased()
        return technicalWords.contains { lower.contains($0) }
    }

    static func fill(_ applicatie: inout Applicatie, technical: Bool, domain: String, _ random: inout SplitMix64) {
        applicatie.type = random.chance(technical ? 0.6 : 0.03) ? "Systeemsoftware" : "Applicatie"
        applicatie.cloudDienstverleningsmodel = random.weighted(cloudChoices)
        if applicatie.cloudDienstverleningsmodel.contains(where: { $0 != "On-premises" }) {
            let locatie = random.weighted([("NL", 60.0), ("EU", 25), ("US", 10), ("Elders", 5)])
            applicatie.hostingLocatie = locatie
            applicatie.hostingJurisdictie = switch locatie {
            case "NL": random.weighted([("NL", 85.0), ("EU", 10), ("US", 5)])
            case "EU": random.weighted([("EU", 70.0), ("NL", 10), ("US", 20)])
            case "US": "US"
            default: random.weighted([("Elders", 60.0), ("US", 40)])
            }
        }
        let openSource = applicatie.licentietype == "Open source"
        applicatie.licentie = openSource ? random.weighted(openLicences) : random.weighted(closedLicences)
        let productSlug = slug(applicatie.naam)
        applicatie.website = "https://www.\(domain)/producten/\(productSlug)"
        if random.chance(0.3) {
            let soorten = ["Productblad", "Handleiding", "Releasenotes", "Architectuurplaat",
                           "Verwerkersovereenkomst", "Toegankelijkheidsverklaring", "Testrapport"]
            applicatie.documenten = random.sample(soorten, count: random.int(1...3)).map { soort in
                Applicatie.Document(
                    titel: "\(soort) \(applicatie.naam)",
                    url: "https://www.\(domain)/documenten/\(productSlug)-\(slug(soort)).pdf",
                    soort: soort)
            }
        }
    }
}
