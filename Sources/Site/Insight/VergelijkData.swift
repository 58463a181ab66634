import CatalogusModel
import Gemma
import Insight
import JSON

/// `/vergelijken/SLUG.json`: what `vergelijken.js` needs of one applicatie, with the same texts
/// as the comparison pages. `waarden` holds the fixed criteria (their labels and "leeg" texts are
/// on `/vergelijken/`) and the standards, which `standaarden` names as `[sleutel, naam, rang]`:
/// `rang` is the standard's place among all standards (`rang(_:)`), so the script orders the
/// rows of several applicaties as `Vergelijking.volgorde` does without comparing names.
/// Public data only: the national use count and the ratings' average and count.
enum VergelijkData {
    static func bytes(_ a: Applicatie, _ index: CatalogueIndex, rang: [String: Int]) -> [UInt8] {
        let profiel = VergelijkProfielen.make(a, index)
        let keys = VergelijkProfielen.vast.map(\.sleutel) + profiel.standaarden.map(\.sleutel)
        let json = JSON.object([
            JSONField("naam", .string(a.naam)),
            JSONField("url", .string(index.urls.url(.applicaties, a.id) ?? "")),
            JSONField("concept", .bool(a.status == .concept)),
            JSONField("waarden", .object(keys.map { JSONField($0, .array((profiel.waarden[$0] ?? []).map(JSON.string))) })),
            JSONField("standaarden", .array(profiel.standaarden.map { .array([.string($0.sleutel), .string($0.naam), .integer(rang[$0.sleutel] ?? 0)]) })),
        ])
        return Array(JSONWriter.format(json).utf8)
    }

    /// Criterion key of every standard → its place in `Vergelijking.volgorde`.
    static func rang(_ standaarden: [Standaard]) -> [String: Int] {
        let kenmerken = standaarden.map(VergelijkProfielen.standaard).sorted(by: Vergelijking.volgorde)
        return Dictionary(kenmerken.enumerated().map { ($1.sleutel, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
