import Tabular

/// Tables of any size from a fixed seed, with the awkward characters mixed into ordinary words.
enum GeneratedTable {
    static func make(rows: Int, columns: Int) -> Table {
        var random = SplitMix(seed: 2024)
        let pieces = ["gemeente", "Zaaksysteem", "007", "-12", "=A1", "+31", "@x", "\t", "\r\n", "\n", ";", "\"", "'",
                      "é", "ë", "🎉", " ", "&", "<", ">", "1,5", "_x0041_", "Café", ""]
        let body = (0..<rows).map { _ in
            (0..<columns).map { _ in
                (0..<random.next(below: 5)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            }
        }
        return Table(name: "Gegenereerd", columns: (1...columns).map { Column("Kolom \($0)") }, rows: body)
    }
}

/// SplitMix64: small, fast and the same on every machine, unlike the system generator.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
