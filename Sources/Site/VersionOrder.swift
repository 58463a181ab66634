import CatalogusModel

/// Newest version first: by the date it came into use, then by its number read as numbers,
/// so that 10.0 comes before 9.0.
enum VersionOrder {
    static func newerFirst(_ a: Applicatieversie, _ b: Applicatieversie) -> Bool {
        let (dateA, dateB) = (a.datumInGebruik ?? "", b.datumInGebruik ?? "")
        if dateA != dateB { return dateA > dateB }
        let (numbersA, numbersB) = (numbers(a.versie), numbers(b.versie))
        if numbersA != numbersB { return numbersA.lexicographicallyPrecedes(numbersB) == false }
        return (a.versie, a.id) > (b.versie, b.id)
    }

    /// "2.10.1-beta" → [2, 10, 1]
    private static func numbers(_ versie: String) -> [Int] {
        versie.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }
}
