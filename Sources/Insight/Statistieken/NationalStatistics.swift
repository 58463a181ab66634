import CatalogusModel
import Gemma

/// The national statistics of `/statistieken/`, for both audiences: computed from what every
/// visitor may see (applicaties, versies, and the counts-only `GebruikTotalen`), never from who
/// uses what.
public struct NationalStatistics: Sendable {
    /// One referentiecomponent: how many applicaties offer it, how many organisations use it,
    /// and each applicatie's share of those organisations (largest first).
    public struct Component: Sendable, Equatable {
        public let id: String
        public let naam: String
        public let applicaties: Int
        public let organisaties: Int
        public let shares: [Tally]
    }

    /// A split of applicaties (what is offered) and of landscape lines in use (what is used).
    public struct Split: Sendable, Equatable {
        public let aanbod: [Tally]
        public let gebruik: [Tally]
    }

    /// Organisations with at least one line in use, and those lines.
    public let organisaties: Int
    public let regels: Int
    /// Components with at least one applicatie or user, most applicaties first.
    public let components: [Component]
    /// Suppliers by the organisations using one of their applicaties, most first.
    public let leveranciers: [Tally]
    /// Keys are `CloudCategorie` raw values; an applicatie offering several models counts in each.
    public let cloud: Split
    /// Keys are `Regio` raw values, "" when not given.
    public let hostingLocatie: Split
    public let hostingJurisdictie: Split
    /// Keys are `Licentietype` raw values, "" when not given.
    public let licentie: Split
    /// Nil when the snapshot has no peildatum.
    public let eindeOndersteuning: EndOfSupport?
    /// Where an applicatie stands within a component: its users, and its place (1 = most used).
    public struct Position: Sendable, Equatable {
        public let organisaties: Int
        public let rank: Int
    }

    /// Component id → applicatie id → its position; component id → its organisations.
    private let positions: [String: [String: Position]]
    private let users: [String: Int]
    private let leaders: [String: Tally]

    /// `applicaties` are the ones the site lists (those merged into another are left out).
    public init(_ c: VisibleCatalogus, applicaties: [Applicatie]) {
        let totals = c.gebruikTotalen
        let byID = Dictionary(applicaties.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        organisaties = totals.organisaties
        regels = totals.regels

        var offered: [String: Int] = [:]
        for a in applicaties {
            for component in Set(a.referentiecomponenten) { offered[component, default: 0] += 1 }
        }
        var components: [Component] = []
        var positions: [String: [String: Position]] = [:]
        for r in c.gemma.referentiecomponenten {
            let users = totals.organisatiesPerReferentiecomponent[r.objectID] ?? 0
            let count = offered[r.objectID] ?? 0
            guard users > 0 || count > 0 else { continue }
            let shares = Tally.ordered((totals.organisatiesPerReferentiecomponentEnApplicatie[r.objectID] ?? [:]).compactMap { id, n in
                byID[id].map { Tally(key: id, naam: $0.naam, count: n) }
            })
            positions[r.objectID] = Self.positions(shares)
            components.append(Component(id: r.objectID, naam: r.naam, applicaties: count, organisaties: users, shares: shares))
        }
        self.components = components.sorted { ($1.applicaties, $1.organisaties, $0.naam, $0.id) < ($0.applicaties, $0.organisaties, $1.naam, $1.id) }
        self.positions = positions
        self.users = totals.organisatiesPerReferentiecomponent
        self.leaders = Dictionary(components.compactMap { c in c.shares.first.map { (c.id, $0) } }, uniquingKeysWith: { a, _ in a })

        let names = Dictionary(c.organisaties.map { ($0.id, $0.naam) }, uniquingKeysWith: { a, _ in a })
        leveranciers = Tally.ordered(totals.organisatiesPerAanbieder.compactMap { id, n in
            names[id].map { Tally(key: id, naam: $0, count: n) }
        })

        // Lines per applicatie, for the splits of what is used.
        var lines: [String: Int] = [:]
        var cloudLines: [String: Int] = [:]
        for (id, perKey) in totals.regelsPerApplicatieEnCloudmodel {
            guard let a = byID[id] else { continue }
            for (key, n) in perKey {
                lines[id, default: 0] += n
                cloudLines[CloudCategorie.of(lineKey: key, applicatie: a).rawValue, default: 0] += n
            }
        }
        var cloudOffered: [String: Int] = [:]
        for a in applicaties {
            let models = Set(a.cloudDienstverleningsmodel)
            if models.isEmpty { cloudOffered[CloudCategorie.onbekend.rawValue, default: 0] += 1 }
            for model in models { cloudOffered[model.rawValue, default: 0] += 1 }
        }
        cloud = Split(aanbod: Self.inOrder(cloudOffered, CloudCategorie.allCases.map(\.rawValue)),
                      gebruik: Self.inOrder(cloudLines, CloudCategorie.allCases.map(\.rawValue)))
        let split = { (value: (Applicatie) -> String, order: [String]) -> Split in
            var offered: [String: Int] = [:], used: [String: Int] = [:]
            for a in applicaties {
                offered[value(a), default: 0] += 1
                used[value(a), default: 0] += lines[a.id] ?? 0
            }
            return Split(aanbod: Self.inOrder(offered, order), gebruik: Self.inOrder(used, order))
        }
        let regio = Regio.allCases.map(\.rawValue) + [""]
        hostingLocatie = split({ $0.hostingLocatie?.rawValue ?? "" }, regio)
        hostingJurisdictie = split({ $0.hostingJurisdictie?.rawValue ?? "" }, regio)
        licentie = split({ $0.licentietype?.rawValue ?? "" }, Licentietype.allCases.map(\.rawValue) + [""])
        eindeOndersteuning = c.info.peildatum.flatMap { EndOfSupport($0, versies: c.applicatieversies, applicaties: byID, users: totals.organisatiesPerApplicatieversie) }
    }

    /// Where `applicatie` stands among the applicaties used for `component`, nil when nobody uses it for that.
    public func position(_ component: String, _ applicatie: String) -> Position? {
        positions[component]?[applicatie]
    }

    /// The most used applicatie for `component` (the first by name when several share the place).
    public func leader(_ component: String) -> Tally? { leaders[component] }

    /// Organisations using any applicatie for `component`.
    public func organisaties(using component: String) -> Int { users[component] ?? 0 }

    /// Equal counts share a place: 10, 7, 7, 3 → 1, 2, 2, 4.
    private static func positions(_ shares: [Tally]) -> [String: Position] {
        var result: [String: Position] = [:]
        var place = 0
        for (index, tally) in shares.enumerated() {
            if index == 0 || shares[index - 1].count != tally.count { place = index + 1 }
            result[tally.key] = Position(organisaties: tally.count, rank: place)
        }
        return result
    }

    /// The categories in their fixed order, leaving out empty ones; names are filled in by the page.
    private static func inOrder(_ counts: [String: Int], _ order: [String]) -> [Tally] {
        order.compactMap { key in counts[key].flatMap { $0 > 0 ? Tally(key: key, naam: key, count: $0) : nil } }
    }
}
