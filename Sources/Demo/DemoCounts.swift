/// How many of each thing a scale asks for. Scale 1 is national; the GEMMA model never scales.
struct DemoCounts: Equatable {
    let scale: Double
    /// Real gemeenten plus, above scale 1, fictional ones.
    let gemeenten: Int
    let samenwerkingen: Int
    let communities: Int
    let leveranciers: Int
    let applicaties: Int
    let diensten: Int
    let beoordelingen: Int
    /// Landscape lines per gemeente scale down below 1 because the gemeenten themselves don't.
    let gebruikPerGemeente: ClosedRange<Int>
    let gebruikPerSamenwerking: ClosedRange<Int>
    /// Koppelingen per gebruik line of an afnemer (~15,000 on ~60,000 lines).
    let koppelingenPerGebruik: Double
    /// Share of gebruik lines with a contract.
    let contractenPerGebruik: Double

    init(scale: Double) {
        self.scale = scale
        func scaled(_ national: Double, minimum: Int) -> Int {
            max(minimum, Int((national * scale).rounded()))
        }
        gemeenten = scale >= 1 ? scaled(342, minimum: 342) : 342
        samenwerkingen = scaled(60, minimum: 3)
        communities = scaled(5, minimum: 2)
        leveranciers = scaled(1000, minimum: 12)
        applicaties = scaled(6100, minimum: 40)
        diensten = scaled(3000, minimum: 14)
        beoordelingen = scaled(5000, minimum: 20)
        let perAfnemer = min(scale, 1)
        let low = max(2, Int((150 * perAfnemer).rounded()))
        let high = max(low + 1, Int((200 * perAfnemer).rounded()))
        gebruikPerGemeente = low...high
        gebruikPerSamenwerking = max(1, Int((10 * perAfnemer).rounded()))...max(2, Int((30 * perAfnemer).rounded()))
        koppelingenPerGebruik = 0.25
        contractenPerGebruik = 0.1
    }
}
