import CatalogusModel

/// One thing a landscape line says: this applicatie fills this referentiecomponent.
public struct Invulling: Hashable, Sendable {
    public let referentiecomponent: String
    public let applicatie: String

    public init(referentiecomponent: String, applicatie: String) {
        self.referentiecomponent = referentiecomponent
        self.applicatie = applicatie
    }
}

/// Every gemeente's landscape, read once per build: its lines, and the (referentiecomponent,
/// applicatie) pairs of its lines in use that buren are compared on. A line that names no
/// referentiecomponent counts for the referentiecomponenten of its applicatie.
public struct Landschappen: Sendable {
    public let catalogus: VisibleCatalogus
    /// The gemeenten that take part, sorted by naam then id; gemeenten that went up in another
    /// (`opgegaanIn`) are left out.
    public let gemeenten: [Organisatie]
    /// Afnemer id → positions of its lines in `catalogus.gebruik`, in file order.
    public let regelsPerAfnemer: [String: [Int]]
    /// Gemeente id → the sorted codes of the pairs of its lines in use (see `invulling(_:)`).
    let codes: [String: [Int]]
    private let invullingen: [Invulling]
    private let componentenPerApplicatie: [String: [String]]
    /// Id → naam of applicaties and referentiecomponenten, for sorting and texts.
    public let applicatieNamen: [String: String]
    public let componentNamen: [String: String]
    /// Applicatie id → its place when sorted by naam then id: lists sort on this number.
    public let applicatieRang: [String: Int]
    /// Pair code → the number of its referentiecomponent in `componentIDs`, so that sets of
    /// referentiecomponenten can be arrays of flags.
    public let componentVan: [Int]
    public let componentIDs: [String]

    public init(_ c: VisibleCatalogus) {
        catalogus = c
        gemeenten = c.organisaties.filter { $0.type == .gemeente && $0.opgegaanIn == nil }
            .sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }
        var componenten: [String: [String]] = [:], namen: [String: String] = [:]
        for a in c.applicaties {
            componenten[a.id] = a.referentiecomponenten
            namen[a.id] = a.naam
        }
        componentenPerApplicatie = componenten
        applicatieNamen = namen
        applicatieRang = Dictionary(c.applicaties.sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }.enumerated().map { ($1.id, $0) },
                                    uniquingKeysWith: { a, _ in a })
        componentNamen = Dictionary(c.gemma.referentiecomponenten.map { ($0.objectID, $0.naam) }, uniquingKeysWith: { a, _ in a })
        var regels: [String: [Int]] = [:]
        for position in c.gebruik.indices { regels[c.gebruik[position].afnemer, default: []].append(position) }
        regelsPerAfnemer = regels
        var code: [Invulling: Int] = [:], invullingen: [Invulling] = [], codes: [String: [Int]] = [:]
        for gemeente in gemeenten {
            var own: Set<Int> = []
            for position in regels[gemeente.id] ?? [] where c.gebruik[position].isInGebruik {
                let line = c.gebruik[position]
                let rcs = line.referentiecomponenten.isEmpty ? componenten[line.applicatie] ?? [] : line.referentiecomponenten
                for rc in rcs {
                    let pair = Invulling(referentiecomponent: rc, applicatie: line.applicatie)
                    if let known = code[pair] {
                        own.insert(known)
                    } else {
                        code[pair] = invullingen.count
                        own.insert(invullingen.count)
                        invullingen.append(pair)
                    }
                }
            }
            codes[gemeente.id] = own.sorted()
        }
        self.codes = codes
        self.invullingen = invullingen
        var number: [String: Int] = [:], ids: [String] = []
        componentVan = invullingen.map { pair in
            if let known = number[pair.referentiecomponent] { return known }
            number[pair.referentiecomponent] = ids.count
            ids.append(pair.referentiecomponent)
            return ids.count - 1
        }
        componentIDs = ids
    }

    /// The referentiecomponenten a line fills: its own, or else its applicatie's.
    public func referentiecomponenten(_ line: Gebruik) -> [String] {
        line.referentiecomponenten.isEmpty ? componentenPerApplicatie[line.applicatie] ?? [] : line.referentiecomponenten
    }

    /// The positions in `catalogus.gebruik` of an afnemer's lines, in file order: read the lines
    /// in place (`catalogus.gebruik[position]`), as copying thousands of them per page is slow.
    public func regels(_ afnemer: String) -> [Int] {
        regelsPerAfnemer[afnemer] ?? []
    }

    /// The sorted codes of what a gemeente's lines in use fill; `invulling(_:)` says what a code is.
    public func codes(_ gemeente: String) -> [Int] {
        codes[gemeente] ?? []
    }

    public func invulling(_ code: Int) -> Invulling {
        invullingen[code]
    }

    /// What a gemeente's lines in use fill, as pairs.
    public func invullingen(_ gemeente: String) -> [Invulling] {
        (codes[gemeente] ?? []).map { invullingen[$0] }
    }

    /// The referentiecomponenten a gemeente's lines in use fill.
    public func componenten(_ gemeente: String) -> Set<String> {
        Set((codes[gemeente] ?? []).map { invullingen[$0].referentiecomponent })
    }

    /// How alike two gemeenten's landscapes are.
    public func overeenkomst(_ a: String, _ b: String) -> Overeenkomst {
        Overeenkomst(codes[a] ?? [], codes[b] ?? [])
    }
}
