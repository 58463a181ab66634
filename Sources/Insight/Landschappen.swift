import CatalogusModel

/// Every gemeente's landscape, read once per build: its lines, and the (referentiecomponent,
/// applicatie) pairs of its lines in use that buren are compared on. A line that names no
/// referentiecomponent counts for the referentiecomponenten of its applicatie. Pairs,
/// applicaties and referentiecomponenten get numbers here, so that pages work on arrays.
public struct Landschappen: Sendable {
    public let catalogus: VisibleCatalogus
    /// The gemeenten that take part, sorted by naam then id; gemeenten that went up in another
    /// (`opgegaanIn`) are left out.
    public let gemeenten: [Organisatie]
    /// Afnemer id → positions of its lines in `catalogus.gebruik`, in file order.
    public let regelsPerAfnemer: [String: [Int]]
    /// Gemeente id → the sorted codes of the pairs of its lines in use (see `invulling(_:)`).
    let codes: [String: [Int]]
    /// Gemeente id → its lines in use, in file order.
    let landschapRegels: [String: [LandschapRegel]]
    /// The codes the `LandschapRegel.codes` ranges point into.
    public let regelCodes: [Int]
    private let invullingen: [Invulling]
    /// Pair (as `referentiecomponent number << 32 | applicatie place`) → its code.
    private let code: [Int: Int]
    /// Referentiecomponent id → its number in `code`'s keys.
    private let nummer: [String: Int]
    private let componentenPerApplicatie: [String: [String]]
    /// Id → naam of applicaties and referentiecomponenten, for sorting and texts.
    public let applicatieNamen: [String: String]
    public let componentNamen: [String: String]
    /// Applicatie id → its place when sorted by naam then id: lists sort on this number. Ids that
    /// lines of gemeenten name but the catalogue does not know come after those, as they appear.
    public let applicatieRang: [String: Int]
    /// Pair code → the number of its referentiecomponent in `componentIDs`, so that sets of
    /// referentiecomponenten can be arrays of flags.
    public let componentVan: [Int]
    public let componentIDs: [String]
    /// Pair code → the `applicatieRang` of its applicatie.
    public let codeApplicatie: [Int]
    /// Referentiecomponent number → its place when sorted by naam (empty when unknown) then id.
    public let componentRang: [Int]

    /// `regelsPerAfnemer`: afnemer id → positions of its lines in `c.gebruik` in file order, when
    /// the caller has them already.
    public init(_ c: VisibleCatalogus, regelsPerAfnemer given: [String: [Int]]? = nil) {
        catalogus = c
        gemeenten = c.organisaties.filter { $0.type == .gemeente && $0.opgegaanIn == nil }
            .sorted { ($0.naam, $0.id) < ($1.naam, $1.id) }
        var componenten: [String: [String]] = [:], namen: [String: String] = [:]
        for i in c.applicaties.indices {
            componenten[c.applicaties[i].id] = c.applicaties[i].referentiecomponenten
            namen[c.applicaties[i].id] = c.applicaties[i].naam
        }
        componentenPerApplicatie = componenten
        applicatieNamen = namen
        var rang = Dictionary(c.applicaties.indices.sorted { (c.applicaties[$0].naam, c.applicaties[$0].id) < (c.applicaties[$1].naam, c.applicaties[$1].id) }
            .enumerated().map { (c.applicaties[$1].id, $0) }, uniquingKeysWith: { a, _ in a })
        componentNamen = Dictionary(c.gemma.referentiecomponenten.map { ($0.objectID, $0.naam) }, uniquingKeysWith: { a, _ in a })
        let regels = given ?? Dictionary(grouping: c.gebruik.indices, by: { c.gebruik[$0].afnemer })
        regelsPerAfnemer = regels
        // A pair is keyed by the numbers of its referentiecomponent (in order of appearance) and applicatie.
        var code: [Int: Int] = [:], invullingen: [Invulling] = [], codes: [String: [Int]] = [:], nummer: [String: Int] = [:]
        var landschapRegels: [String: [LandschapRegel]] = [:], regelCodes: [Int] = []
        for gemeente in gemeenten {
            var own: [Int] = [], lines: [LandschapRegel] = []
            for position in regels[gemeente.id] ?? [] where c.gebruik[position].status != .uitgefaseerd {
                let applicatie = c.gebruik[position].applicatie
                let place: Int
                if let known = rang[applicatie] {
                    place = known
                } else {
                    place = rang.count
                    rang[applicatie] = place
                }
                let start = regelCodes.count
                let named = c.gebruik[position].referentiecomponenten
                for rc in named.isEmpty ? componenten[applicatie] ?? [] : named {
                    let rcNummer: Int
                    if let known = nummer[rc] {
                        rcNummer = known
                    } else {
                        rcNummer = nummer.count
                        nummer[rc] = rcNummer
                    }
                    let key = rcNummer << 32 | place
                    let number: Int
                    if let known = code[key] {
                        number = known
                    } else {
                        number = invullingen.count
                        code[key] = number
                        invullingen.append(Invulling(referentiecomponent: rc, applicatie: applicatie))
                    }
                    own.append(number)
                    regelCodes.append(number)
                }
                lines.append(LandschapRegel(positie: position, applicatie: place, status: c.gebruik[position].status, codes: start..<regelCodes.count))
            }
            codes[gemeente.id] = Array(Set(own)).sorted()
            landschapRegels[gemeente.id] = lines
        }
        applicatieRang = rang
        self.nummer = nummer
        self.codes = codes
        self.code = code
        self.invullingen = invullingen
        self.landschapRegels = landschapRegels
        self.regelCodes = regelCodes
        var number: [String: Int] = [:], ids: [String] = []
        componentVan = invullingen.map { pair in
            if let known = number[pair.referentiecomponent] { return known }
            number[pair.referentiecomponent] = ids.count
            ids.append(pair.referentiecomponent)
            return ids.count - 1
        }
        componentIDs = ids
        codeApplicatie = invullingen.map { rang[$0.applicatie] ?? Int.max }
        let componentNamen = componentNamen
        var componentRang = [Int](repeating: 0, count: ids.count)
        for (place, n) in ids.indices.sorted(by: { (componentNamen[ids[$0]] ?? "", ids[$0]) < (componentNamen[ids[$1]] ?? "", ids[$1]) }).enumerated() {
            componentRang[n] = place
        }
        self.componentRang = componentRang
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

    /// A gemeente's lines in use, in file order, as numbers.
    public func landschap(_ gemeente: String) -> [LandschapRegel] {
        landschapRegels[gemeente] ?? []
    }

    /// The sorted codes of what a gemeente's lines in use fill; `invulling(_:)` says what a code is.
    public func codes(_ gemeente: String) -> [Int] {
        codes[gemeente] ?? []
    }

    /// The code of a pair, when a gemeente has it in use.
    func code(_ pair: Invulling) -> Int? {
        guard let rc = nummer[pair.referentiecomponent], let place = applicatieRang[pair.applicatie] else { return nil }
        return code[rc << 32 | place]
    }

    /// The number of distinct pairs in use anywhere: codes are `0..<aantalCodes`.
    public var aantalCodes: Int { invullingen.count }

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
