import CatalogusModel
import Diagnostics

/// How many objects of each kind the data holds, for the build report and the shrink check.
enum DataCounts {
    static func of(_ c: Catalogus) -> [(String, Int)] {
        let count = { (kind: Organisatie.Soort) in c.organisaties.filter { $0.type == kind }.count }
        return [
            ("gemeenten", count(.gemeente)), ("samenwerkingen", count(.samenwerking)),
            ("leveranciers", count(.leverancier) + count(.community)),
            ("applicaties", c.applicaties.count), ("applicatieversies", c.applicatieversies.count),
            ("compliancy", c.compliancy.count), ("diensten", c.diensten.count), ("gebruik", c.gebruik.count),
            ("koppelingen", c.koppelingen.count), ("beoordelingen", c.beoordelingen.count), ("contracten", c.contracten.count),
            ("referentiecomponenten", c.gemma.referentiecomponenten.count),
        ]
    }
}

/// A nightly snapshot that lost much of a kind is more likely a broken export than real change:
/// it is refused, so the site that is online stays, unless someone says `--force`.
enum Shrinkage {
    static func check(_ current: [(String, Int)], against previous: [(String, Int)], minimum: Double, folder: String) -> [Diagnostic] {
        let before = Dictionary(previous, uniquingKeysWith: { a, _ in a })
        return current.compactMap { kind, now in
            guard let was = before[kind], was > 0, Double(now) < Double(was) * minimum else { return nil }
            return .error(SourceLocation(file: folder), BuildMessages.shrunk(kind, now: now, was: was, minimum: minimum))
        }
    }
}
