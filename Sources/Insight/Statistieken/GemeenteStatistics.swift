import CatalogusModel

/// Statistics per gemeente, per provincie and per size class: only for the `gemeenten` site,
/// since they are made from the landscapes themselves (contract: who uses what is never public).
public struct GemeenteStatistics: Sendable {
    /// One gemeente's landscape in numbers (lines in use only).
    public struct Profile: Sendable, Equatable {
        public let id: String
        public let naam: String
        public let provincie: String?
        public let inwonertal: Int?
        /// Distinct applicaties in use.
        public var applicaties = 0
        public var regels = 0
        /// Lines hosted in the cloud (IaaS, PaaS, SaaS), and lines whose model is known at all.
        public var cloudRegels = 0
        public var bekendRegels = 0

        public var cloudAandeel: Double? { bekendRegels == 0 ? nil : fraction(cloudRegels, of: bekendRegels) }
    }

    /// A group of gemeenten (a provincie, a size class, or all of them).
    public struct Group: Sendable, Equatable {
        public let key: String
        public let gemeenten: Int
        /// Gemeenten with at least one line in use; the averages are over these.
        public let metLandschap: Int
        public let gemiddeldAantalApplicaties: Double
        /// Cloud lines as a share of the lines with a known model, over the whole group.
        public let cloudAandeel: Double?

        init(key: String, _ members: [Profile]) {
            self.key = key
            gemeenten = members.count
            let used = members.filter { $0.regels > 0 }
            metLandschap = used.count
            gemiddeldAantalApplicaties = fraction(used.reduce(0) { $0 + $1.applicaties }, of: used.count)
            let known = used.reduce(0) { $0 + $1.bekendRegels }
            cloudAandeel = known == 0 ? nil : fraction(used.reduce(0) { $0 + $1.cloudRegels }, of: known)
        }
    }

    /// Size classes by inwonertal: below 20,000; 20,000 to 50,000; 50,000 to 100,000; 100,000 and more.
    public enum SizeClass: String, Sendable, CaseIterable {
        case tot20k, tot50k, tot100k, vanaf100k, onbekend

        /// The lowest inwonertal of the class (nil for "not known").
        public var lowerBound: Int? { [Self.tot20k: 0, .tot50k: 20_000, .tot100k: 50_000, .vanaf100k: 100_000][self] }

        public static func of(_ inwonertal: Int?) -> SizeClass {
            guard let n = inwonertal else { return .onbekend }
            return n < 20_000 ? .tot20k : n < 50_000 ? .tot50k : n < 100_000 ? .tot100k : .vanaf100k
        }
    }

    /// Gemeente id → its profile.
    public let profiles: [String: Profile]
    /// Provincies by name ("" for gemeenten without one, last); size classes in their order.
    public let perProvincie: [Group]
    public let perGrootte: [Group]
    public let landelijk: Group

    /// `gemeenten` are the gemeenten the site lists; `applicaties` by id (for the cloud model);
    /// `positions` the lines of `c.gebruik` per afnemer, so that each landscape is read once, in place.
    public init(_ c: VisibleCatalogus, gemeenten: [Organisatie], applicaties: [String: Applicatie], positions: [String: [Int]]) {
        var profiles: [String: Profile] = [:]
        let lines = c.gebruik
        for o in gemeenten where profiles[o.id] == nil {
            var profile = Profile(id: o.id, naam: o.naam, provincie: o.provincie, inwonertal: o.inwonertal)
            var used = Set<String>()
            for index in positions[o.id] ?? [] where lines[index].isInGebruik {
                used.insert(lines[index].applicatie)
                let cloud = CloudCategorie.of(models: lines[index].cloudDienstverleningsmodel, applicatie: applicaties[lines[index].applicatie])
                profile.regels += 1
                if cloud.isKnown { profile.bekendRegels += 1 }
                if cloud.isCloud { profile.cloudRegels += 1 }
            }
            profile.applicaties = used.count
            profiles[o.id] = profile
        }
        self.profiles = profiles
        let all = profiles.values.sorted { $0.id < $1.id }
        landelijk = Group(key: "", all)
        perProvincie = Dictionary(grouping: all) { $0.provincie ?? "" }.map { Group(key: $0.key, $0.value) }
            .sorted { ($0.key.isEmpty ? 1 : 0, $0.key) < ($1.key.isEmpty ? 1 : 0, $1.key) }
        let bySize = Dictionary(grouping: all) { SizeClass.of($0.inwonertal) }
        perGrootte = SizeClass.allCases.compactMap { size in bySize[size].map { Group(key: size.rawValue, $0) } }
    }

    /// The group of the gemeente's size class.
    public func sizeGroup(of profile: Profile) -> Group? {
        perGrootte.first { $0.key == SizeClass.of(profile.inwonertal).rawValue }
    }
}

/// One choice in a gemeente's landscape (an applicatie used for a referentiecomponent) and how
/// common it is nationally.
public struct Keuze: Sendable, Equatable {
    public let referentiecomponent: String
    public let applicatie: String
    /// Organisations nationally using this applicatie for this component, and using the component at all.
    public let organisaties: Int
    public let van: Int
    /// 1 = the most used applicatie for the component.
    public let rank: Int

    public var aandeel: Double { fraction(organisaties, of: van) }

    /// The distinct (component, applicatie) pairs of the lines at `positions` that are in use, most common first.
    public static func of(_ gebruik: [Gebruik], at positions: [Int], _ national: NationalStatistics) -> [Keuze] {
        var seen: [String: Set<String>] = [:]
        var result: [Keuze] = []
        for index in positions where gebruik[index].isInGebruik {
            let applicatie = gebruik[index].applicatie
            for component in gebruik[index].referentiecomponenten where seen[component, default: []].insert(applicatie).inserted {
                guard let position = national.position(component, applicatie) else { continue }
                result.append(Keuze(referentiecomponent: component, applicatie: applicatie, organisaties: position.organisaties,
                                    van: national.organisaties(using: component), rank: position.rank))
            }
        }
        return result.sorted { ($1.aandeel, $0.rank, $0.referentiecomponent, $0.applicatie) < ($0.aandeel, $1.rank, $1.referentiecomponent, $1.applicatie) }
    }
}
