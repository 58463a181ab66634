import CatalogusModel
import Gemma
import Insight
import JSON

/// `/vergelijken/SLUG.json`: what `vergelijken.js` needs of one applicatie, with the same texts
/// as the comparison pages. `waarden` holds the fixed criteria (their labels and "leeg" texts are
/// on `/vergelijken/`) and the standards, which `standaarden` names as `[sleutel, naam, rang]`:
/// `rang` is the standard's place among all standards (`rang(_:)`), so the script orders the
/// rows of several applicaties as `Vergelijking.volgorde` does without comparing names.
/// Public data only: the national use count and the ratings' average and count. Written without
/// whitespace (6,000 of these at national scale), keys in a fixed order: the same bytes every build.
enum VergelijkData {
    static func bytes(_ a: Applicatie, _ profiel: VergelijkProfiel, url: String, rang: [String: Int]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        out += #"{"naam":"#.utf8
        JSONWriter.appendString(a.naam, to: &out)
        out += #","url":"#.utf8
        JSONWriter.appendString(url, to: &out)
        out += (a.status == .concept ? #","concept":true"# : #","concept":false"#).utf8
        out += #","waarden":{"#.utf8
        var position = 0
        for sleutel in VergelijkProfielen.vasteSleutels + profiel.standaarden.map(\.sleutel) {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            position += 1
            JSONWriter.appendString(sleutel, to: &out)
            out += ":[".utf8
            for (index, text) in (profiel.waarden[sleutel] ?? []).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.appendString(text, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out += #"},"standaarden":["#.utf8
        for (position, kenmerk) in profiel.standaarden.enumerated() {
            out += (position > 0 ? ",[" : "[").utf8
            JSONWriter.appendString(kenmerk.sleutel, to: &out)
            out.append(UInt8(ascii: ","))
            JSONWriter.appendString(kenmerk.naam, to: &out)
            out += ",\(rang[kenmerk.sleutel] ?? 0)]".utf8
        }
        out += "]}\n".utf8
        return out
    }

    /// Criterion key of every standard → its place in `Vergelijking.volgorde`.
    static func rang(_ kenmerken: [String: Kenmerk]) -> [String: Int] {
        let sorted = kenmerken.values.sorted(by: Vergelijking.volgorde)
        return Dictionary(sorted.enumerated().map { ($1.sleutel, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
