extension Applicaties {
    /// How many applicaties each supplier gets.
    struct Plan {
        var perLeverancier: [Int]
        var dienstverleners: [Int]
    }

    /// Taken-over suppliers share ~1% of all applicaties, new (`Concept`) suppliers get one each,
    /// active software suppliers at least one and the rest along a long-tailed curve.
    static func plan(_ total: Int, leveranciers: [Organisatie], _ random: inout SplitMix64) -> Plan {
        var perLeverancier = Array(repeating: 0, count: leveranciers.count)
        var software: [Int] = []
        var dienstverleners: [Int] = []
        var deactief: [Int] = []
        var remaining = total
        for (index, leverancier) in leveranciers.enumerated() {
            switch leverancier.status {
            case "Deactief": deactief.append(index)
            case "Concept":
                perLeverancier[index] = 1
                remaining -= 1
            default:
                if software.isEmpty || !random.chance(0.15) { software.append(index) } else { dienstverleners.append(index) }
            }
        }
        if !deactief.isEmpty {
            let depublished = max(deactief.count, Int((Double(total) * 0.01).rounded()))
            for (position, count) in allocate(depublished, weights: deactief.map { _ in 1 }, minimum: 1).enumerated() {
                perLeverancier[deactief[position]] = count
            }
            remaining -= depublished
        }
        // Long tail ~ 1 / (rank + 8)^1.125, with square roots only: they are exact on every platform, `pow` is not.
        let weights = software.indices.map { rank in
            let x = Double(rank + 8)
            return 1 / (x * x.squareRoot().squareRoot().squareRoot())
        }
        for (position, count) in allocate(max(remaining, 0), weights: weights, minimum: 1).enumerated() {
            perLeverancier[software[position]] = count
        }
        return Plan(perLeverancier: perLeverancier, dienstverleners: dienstverleners)
    }
}
