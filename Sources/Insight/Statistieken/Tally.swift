import CatalogusModel

/// One counted category: a bar of a chart and a row of its table. `key` is an id (applicatie,
/// organisation, referentiecomponent) or a category's raw value; "" for "not given".
public struct Tally: Sendable, Equatable {
    public let key: String
    public let naam: String
    public let count: Int

    public init(key: String, naam: String, count: Int) {
        self.key = key
        self.naam = naam
        self.count = count
    }

    /// Largest first; equal counts by name, then key, so output never depends on input order.
    static func ordered(_ tallies: [Tally]) -> [Tally] {
        tallies.sorted { ($1.count, $0.naam, $0.key) < ($0.count, $1.naam, $1.key) }
    }
}

/// How a landscape line is hosted, for the cloud split: the line's own model, or else the
/// applicatie's when it offers exactly one.
public enum CloudCategorie: String, Sendable, CaseIterable {
    case onPremises = "On-premises", iaas = "IaaS", paas = "PaaS", saas = "SaaS"
    /// The line names several models.
    case meerdere
    /// Neither the line nor the applicatie settles it.
    case onbekend

    /// IaaS, PaaS and SaaS count as cloud.
    public var isCloud: Bool { self == .iaas || self == .paas || self == .saas }
    /// Whether the model is known at all (the denominator of a cloud share).
    public var isKnown: Bool { self != .meerdere && self != .onbekend }

    /// `lineKey` is the key of `GebruikTotalen.regelsPerApplicatieEnCloudmodel`.
    public static func of(lineKey: String, applicatie: Applicatie?) -> CloudCategorie {
        if lineKey.contains("+") { return .meerdere }
        if !lineKey.isEmpty { return CloudCategorie(rawValue: lineKey) ?? .onbekend }
        guard let models = applicatie?.cloudDienstverleningsmodel, models.count == 1 else { return .onbekend }
        return CloudCategorie(rawValue: models[0].rawValue) ?? .onbekend
    }

    /// `models` are a line's own `cloudDienstverleningsmodel`.
    public static func of(models: [Cloudmodel], applicatie: Applicatie?) -> CloudCategorie {
        switch models.count {
        case 0:
            guard let offered = applicatie?.cloudDienstverleningsmodel, offered.count == 1 else { return .onbekend }
            return CloudCategorie(rawValue: offered[0].rawValue) ?? .onbekend
        case 1: return CloudCategorie(rawValue: models[0].rawValue) ?? .onbekend
        default: return .meerdere
        }
    }
}

/// A part of a whole, as a fraction; zero of zero is zero.
public func fraction(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) / Double(whole)
}
