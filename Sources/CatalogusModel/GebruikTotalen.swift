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
    /// `aanbieders` (applicatie id → its aanbieder). Lines are read in place, by index, and
    /// organisations are numbered, because a national catalogue has some 60,000 lines.
    static func make(_ gebruik: [Gebruik], afnemers: Set<String>, aanbieders: [String: String]) -> GebruikTotalen {
        var number: [String: Int] = [:]
        number.reserveCapacity(afnemers.count)
        for (position, id) in afnemers.sorted().enumerated() { number[id] = position }
        var users = Set<Int>()
        var perComponent: [String: Set<Int>] = [:]
        var perPair: [String: [String: Set<Int>]] = [:]
        var perAanbieder: [String: Set<Int>] = [:]
        var perVersie: [String: Set<Int>] = [:]
        var totals = GebruikTotalen()
        for index in gebruik.indices where gebruik[index].isInGebruik {
            guard let afnemer = number[gebruik[index].afnemer], let aanbieder = aanbieders[gebruik[index].applicatie] else { continue }
            let applicatie = gebruik[index].applicatie
            totals.regels += 1
            users.insert(afnemer)
            for component in gebruik[index].referentiecomponenten {
                perComponent[component, default: []].insert(afnemer)
                perPair[component, default: [:]][applicatie, default: []].insert(afnemer)
            }
            perAanbieder[aanbieder, default: []].insert(afnemer)
            if let versie = gebruik[index].applicatieversie { perVersie[versie, default: []].insert(afnemer) }
            totals.regelsPerApplicatieEnCloudmodel[applicatie, default: [:]][cloudKey(gebruik[index].cloudDienstverleningsmodel), default: 0] += 1
        }
        totals.organisaties = users.count
        totals.organisatiesPerReferentiecomponent = perComponent.mapValues(\.count)
        totals.organisatiesPerReferentiecomponentEnApplicatie = perPair.mapValues { $0.mapValues(\.count) }
        totals.organisatiesPerAanbieder = perAanbieder.mapValues(\.count)
        totals.organisatiesPerApplicatieversie = perVersie.mapValues(\.count)
        return totals
    }
}
