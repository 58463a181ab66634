/// Invented populations for gemeenten without a sourced figure. Quantiles of a plausible Dutch
/// spread, interpolated linearly: plain arithmetic, so every platform gets the same numbers.
enum Inwonertal {
    private static let quantiles: [(Double, Double)] = [
        (0.00, 1_000), (0.10, 12_000), (0.25, 20_000), (0.50, 30_000),
        (0.75, 47_000), (0.90, 75_000), (0.97, 120_000), (1.00, 180_000),
    ]

    /// The four largest cities; their figures are invented too, only the size class is plausible.
    private static let g4: Set<String> = ["Rotterdam", "'s-Gravenhage", "Utrecht"]

    /// Cities that are clearly larger than the median gemeente.
    private static let large: Set<String> = [
        "Eindhoven", "Groningen", "Tilburg", "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem",
        "Haarlemmermeer", "Amersfoort", "Zaanstad", "Enschede", "'s-Hertogenbosch", "Zwolle", "Leiden",
        "Zoetermeer", "Leeuwarden", "Maastricht", "Dordrecht", "Ede", "Alphen aan den Rijn", "Westland",
        "Alkmaar", "Delft", "Venlo", "Deventer", "Sittard-Geleen", "Helmond", "Oss", "Amstelveen",
        "Súdwest-Fryslân", "Hilversum", "Heerlen", "Nissewaard", "Land van Cuijk", "Dijk en Waard",
    ]

    /// A population for `naam`, drawn once from `random`.
    static func invent(naam: String, _ random: inout SplitMix64) -> Int {
        if g4.contains(naam) { return random.int(350_000...680_000) }
        if large.contains(naam) { return random.int(95_000...240_000) }
        let p = random.unit()
        for index in 1..<quantiles.count where p <= quantiles[index].0 {
            let (p0, v0) = quantiles[index - 1]
            let (p1, v1) = quantiles[index]
            let value = v0 + (v1 - v0) * (p - p0) / (p1 - p0)
            return Int(value / 10) * 10 + random.int(0...9)
        }
        return Int(quantiles[quantiles.count - 1].1)
    }
}
