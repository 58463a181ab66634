import CatalogusModel

/// A gemeente another gemeente can learn from, and why it was chosen.
public struct Buur: Sendable, Equatable {
    public let gemeente: String
    public let overeenkomst: Overeenkomst
    /// Ids of the samenwerkingen (deelnames of type Samenwerking) both take part in, sorted by naam then id.
    public let samenwerkingen: [String]
    public let zelfdeProvincie: Bool
    /// Both inwonertallen known, the larger at most `BurenIndex.grootteFactor` times the smaller.
    public let vergelijkbareGrootte: Bool
    /// Among the `BurenIndex.perCriterium` most alike landscapes of the whole country.
    public let meestGelijk: Bool
}

/// The buren of every gemeente, computed once per build. Per criterion (same samenwerking, same
/// provincie, similar size, most alike landscape) the `perCriterium` gemeenten with the most
/// alike landscape are chosen; the buren are all of those together, most alike first, then by
/// naam and id. The similarity of every pair of gemeenten is counted once (n²/2 comparisons of
/// sorted lists).
public struct BurenIndex: Sendable {
    public static let perCriterium = 5
    /// "Similar size": the larger inwonertal is at most 1.5 times the smaller (as 3/2, exactly).
    public static let grootteFactor = (teller: 3, noemer: 2)

    /// Gemeente id → its buren.
    public let buren: [String: [Buur]]

    public init(_ landschappen: Landschappen) {
        let gemeenten = landschappen.gemeenten
        let n = gemeenten.count
        let codes = gemeenten.map { landschappen.codes[$0.id] ?? [] }
        let shared = Self.gedeeld(codes, aantalCodes: landschappen.aantalCodes)
        let overeenkomst = { (i: Int, j: Int) -> Overeenkomst in
            let gedeeld = Int(shared[i * n + j])
            return Overeenkomst(gedeeld: gedeeld, samen: codes[i].count + codes[j].count - gedeeld)
        }
        let namen = Dictionary(landschappen.catalogus.organisaties.map { ($0.id, $0.naam) }, uniquingKeysWith: { a, _ in a })
        // Deelnames in communities do not count: the criterion is the samenwerkingen.
        let samenwerkingen = Set(landschappen.catalogus.organisaties.filter { $0.type == .samenwerking }.map(\.id))
        let deelnames = gemeenten.map { $0.deelnames.filter(samenwerkingen.contains) }
        var leden: [String: [Int]] = [:], perProvincie: [String: [Int]] = [:]
        for (i, gemeente) in gemeenten.enumerated() {
            for deelname in deelnames[i] { leden[deelname, default: []].append(i) }
            if let provincie = gemeente.provincie { perProvincie[provincie, default: []].append(i) }
        }
        var buren: [String: [Buur]] = [:]
        for i in 0..<n {
            let g = gemeenten[i]
            // Most alike first; the index (naam, then id) breaks ties.
            let ordered = { (candidates: [Int]) -> [Int] in
                Array(candidates.filter { $0 != i }.sorted { a, b in
                    let (x, y) = (overeenkomst(i, a), overeenkomst(i, b))
                    if x.isGroter(dan: y) { return true }
                    if y.isGroter(dan: x) { return false }
                    return a < b
                }.prefix(Self.perCriterium))
            }
            let samenwerking = ordered(Array(Set(deelnames[i].flatMap { leden[$0] ?? [] })))
            let provincie = ordered(g.provincie.flatMap { perProvincie[$0] } ?? [])
            let grootte = ordered((0..<n).filter { Self.vergelijkbaar(g.inwonertal, gemeenten[$0].inwonertal) })
            let landschap = Set(ordered((0..<n).filter { shared[i * n + $0] > 0 }))
            let chosen = Set(samenwerking + provincie + grootte).union(landschap)
            let sorted = chosen.sorted { a, b in
                let (x, y) = (overeenkomst(i, a), overeenkomst(i, b))
                if x.isGroter(dan: y) { return true }
                if y.isGroter(dan: x) { return false }
                return a < b
            }
            buren[g.id] = sorted.map { j in
                let h = gemeenten[j]
                let common = Set(deelnames[i]).intersection(deelnames[j]).sorted { (namen[$0] ?? "", $0) < (namen[$1] ?? "", $1) }
                return Buur(gemeente: h.id, overeenkomst: overeenkomst(i, j), samenwerkingen: common,
                            zelfdeProvincie: g.provincie != nil && g.provincie == h.provincie,
                            vergelijkbareGrootte: Self.vergelijkbaar(g.inwonertal, h.inwonertal),
                            meestGelijk: landschap.contains(j))
            }
        }
        self.buren = buren
    }

    /// How many pair codes every two gemeenten share, as an n × n table: per code the gemeenten
    /// that have it (ascending), and every two of those count one. Far fewer steps than merging
    /// every two lists, as most pairs are shared by a few gemeenten only.
    static func gedeeld(_ codes: [[Int]], aantalCodes: Int) -> [Int32] {
        let n = codes.count
        var perCode = [[Int32]](repeating: [], count: aantalCodes)
        for i in 0..<n {
            for code in codes[i] { perCode[code].append(Int32(i)) }
        }
        var shared = [Int32](repeating: 0, count: n * n)
        shared.withUnsafeMutableBufferPointer { table in
            for holders in perCode where holders.count > 1 {
                for a in 0..<(holders.count - 1) {
                    let row = Int(holders[a]) * n
                    for b in (a + 1)..<holders.count { table[row + Int(holders[b])] += 1 }
                }
            }
            for i in 0..<n {
                for j in (i + 1)..<max(n, i + 1) { table[j * n + i] = table[i * n + j] }
            }
        }
        return shared
    }

    /// Both known and the larger at most 1.5 times the smaller.
    static func vergelijkbaar(_ a: Int?, _ b: Int?) -> Bool {
        guard let a, let b, a > 0, b > 0 else { return false }
        return max(a, b) * grootteFactor.noemer <= min(a, b) * grootteFactor.teller
    }
}
