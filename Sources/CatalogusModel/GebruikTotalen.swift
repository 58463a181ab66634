/// National totals over the landscapes, for statistics both audiences may see: counts only, never
/// which organisation uses what (contract: "national totals only" on the public site). Made by
/// the audience stage from the lines that are in use (not `Uitgefaseerd`) and visible.
public struct GebruikTotalen: Sendable, Equatable {
    /// Organisations with at least one line in use.
    public var organisaties = 0
    /// Lines in use.
    public var regels = 0
    /// Referentiecomponent Object ID → organisations using any applicatie for it (a line's own
    /// `referentiecomponenten`).
    public var organisatiesPerReferentiecomponent: [String: Int] = [:]
    /// Referentiecomponent Object ID → applicatie id → organisations using that applicatie for it.
    public var organisatiesPerReferentiecomponentEnApplicatie: [String: [String: Int]] = [:]
    /// Aanbieder (organisation id of the supplier) → organisations using one of its applicaties.
    public var organisatiesPerAanbieder: [String: Int] = [:]
    /// Applicatieversie id → organisations whose line names that version.
    public var organisatiesPerApplicatieversie: [String: Int] = [:]
    /// Applicatie id → the line's own cloud models (`Cloudmodel` raw values joined by "+" in
    /// declaration order, "" when the line names none) → lines.
    public var regelsPerApplicatieEnCloudmodel: [String: [String: Int]] = [:]

    public init() {}

    /// The key of `regelsPerApplicatieEnCloudmodel` for a line's models.
    public static func cloudKey(_ models: [Cloudmodel]) -> String {
        switch models.count {
        case 0: ""
        case 1: models[0].rawValue
        default: Cloudmodel.allCases.filter(models.contains).map(\.rawValue).joined(separator: "+")
        }
    }

    /// Counts the lines in use whose afnemer is in `afnemers` and whose applicatie has an entry in
    /// `aanbieders` (applicatie id → its aanbieder). A national catalogue has some 60,000 lines and
    /// this runs on every build, so lines are read in place, every id is numbered once per line, and
    /// "distinct organisations per key" is counted by sorting packed (key, organisation) numbers
    /// instead of keeping a set per key.
    static func make(_ gebruik: [Gebruik], afnemers: Set<String>, aanbieders: [String: String]) -> GebruikTotalen {
        // The packing below leaves 20 bits for organisations and applicaties: a million of each.
        precondition(afnemers.count < 1 << 20, "more organisations than the usage totals can number")
        var organisatie: [String: UInt64] = [:]
        for (position, id) in afnemers.sorted().enumerated() { organisatie[id] = UInt64(position) }
        var applicaties = Numbering(), components = Numbering(), versies = Numbering(), leveranciers = Numbering()
        var aanbiederOf: [Int] = []
        var perComponent: [UInt64] = [], perPair: [UInt64] = [], perAanbieder: [UInt64] = [], perVersie: [UInt64] = []
        var users = Set<UInt64>()
        var cloudLines: [Int: Int] = [:]
        var totals = GebruikTotalen()
        for index in gebruik.indices where gebruik[index].isInGebruik {
            guard let afnemer = organisatie[gebruik[index].afnemer] else { continue }
            let (applicatie, isNew) = applicaties.number(gebruik[index].applicatie)
            if isNew { aanbiederOf.append(aanbieders[gebruik[index].applicatie].map { leveranciers.number($0).0 } ?? -1) }
            guard aanbiederOf[applicatie] >= 0 else { continue }
            totals.regels += 1
            users.insert(afnemer)
            for id in gebruik[index].referentiecomponenten {
                let component = UInt64(components.number(id).0)
                perComponent.append(component << 32 | afnemer)
                perPair.append((component << 20 | UInt64(applicatie)) << 20 | afnemer)
            }
            perAanbieder.append(UInt64(aanbiederOf[applicatie]) << 32 | afnemer)
            if let id = gebruik[index].applicatieversie { perVersie.append(UInt64(versies.number(id).0) << 32 | afnemer) }
            var mask = 0
            for model in gebruik[index].cloudDienstverleningsmodel { mask |= 1 << (Cloudmodel.allCases.firstIndex(of: model) ?? 0) }
            cloudLines[applicatie << 4 | mask, default: 0] += 1
        }
        precondition(applicaties.ids.count < 1 << 20, "more applicaties than the usage totals can number")
        totals.organisaties = users.count
        for (key, n) in distinct(&perComponent, shift: 32) { totals.organisatiesPerReferentiecomponent[components.ids[Int(key)]] = n }
        for (key, n) in distinct(&perPair, shift: 20) {
            totals.organisatiesPerReferentiecomponentEnApplicatie[components.ids[Int(key >> 20)], default: [:]][applicaties.ids[Int(key & 0xFFFFF)]] = n
        }
        for (key, n) in distinct(&perAanbieder, shift: 32) { totals.organisatiesPerAanbieder[leveranciers.ids[Int(key)]] = n }
        for (key, n) in distinct(&perVersie, shift: 32) { totals.organisatiesPerApplicatieversie[versies.ids[Int(key)]] = n }
        for (key, n) in cloudLines {
            let models = Cloudmodel.allCases.enumerated().filter { key & (1 << $0.offset) != 0 }.map(\.element)
            totals.regelsPerApplicatieEnCloudmodel[applicaties.ids[key >> 4], default: [:]][cloudKey(models)] = n
        }
        return totals
    }

    /// Sorts (key << shift | organisation) numbers and counts the distinct organisations per key.
    private static func distinct(_ packed: inout [UInt64], shift: UInt64) -> [(key: UInt64, count: Int)] {
        packed.sort()
        var result: [(key: UInt64, count: Int)] = []
        var previous: UInt64?
        for value in packed where value != previous {
            previous = value
            let key = value >> shift
            if result.last?.key == key { result[result.count - 1].count += 1 } else { result.append((key, 1)) }
        }
        return result
    }
}

/// Ids numbered in the order first seen.
private struct Numbering {
    private var numbers: [String: Int] = [:]
    private(set) var ids: [String] = []

    /// The id's number, and whether it was new.
    mutating func number(_ id: String) -> (Int, Bool) {
        if let known = numbers[id] { return (known, false) }
        numbers[id] = ids.count
        ids.append(id)
        return (ids.count - 1, true)
    }
}
