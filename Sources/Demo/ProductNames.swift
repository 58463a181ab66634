import Foundation

/// Product names built from a supplier's brand and the referentiecomponent the product serves:
/// "Polderlogic Burgerzaken", "iBelastingen", "Kwartelwerk Archeologie Cloud".
enum ProductNames {
    /// The noun a referentiecomponent suggests: its name without "component" and any remark in
    /// brackets ("Relatiebeheercomponent (CRM)" → "Relatiebeheer").
    static func noun(forReferentiecomponent naam: String) -> String {
        var text = naam
        if let bracket = text.firstIndex(of: "(") { text = String(text[..<bracket]) }
        text = text.replacingOccurrences(of: "-component", with: "")
        text = text.replacingOccurrences(of: " component", with: "")
        text = text.replacingOccurrences(of: "component", with: "")
        var joined = text.split(separator: " ").joined(separator: " ").trimmingCharacters(in: ["-", " "])
        // The linking "s" of a compound ("Inkomenscomponent") doesn't belong to the noun.
        if naam.contains("scomponent"), ["ings", "oeks", "ens"].contains(where: { joined.hasSuffix($0) }) {
            joined.removeLast()
        }
        return joined.isEmpty ? naam : joined.prefix(1).uppercased() + joined.dropFirst()
    }

    /// A new, unique product name.
    static func make(
        brand: String, noun: String, openSource: Bool, used: inout Set<String>, _ random: inout SplitMix64
    ) -> String {
        for attempt in 0..<12 {
            var candidate: String
            let compactNoun = !noun.contains(" ")
            switch random.weightedIndex([60, compactNoun ? 15 : 0, 25]) {
            case 0: candidate = brand + " " + noun
            case 1: candidate = (openSource ? "Open" : random.pick(["i", "e-", "Digi", "Smart", "Mijn"])) + noun
            default: candidate = random.pick(CompanyNames.stems) + random.pick(CompanyNames.tails) + " " + noun
            }
            let suffix = attempt == 0 ? random.weighted(CompanyNames.productSuffixes) : random.pick(["Online", "Plus", "Pro", "Cloud", "Suite", "Next", "Connect", "Flex"])
            if !suffix.isEmpty { candidate += " " + suffix }
            if used.insert(candidate).inserted { return candidate }
        }
        var number = 2
        while !used.insert(brand + " " + noun + " \(number)").inserted { number += 1 }
        return brand + " " + noun + " \(number)"
    }
}
