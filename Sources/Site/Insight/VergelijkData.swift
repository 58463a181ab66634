import CatalogusModel
import Gemma
import Insight

/// `/vergelijken/SLUG.json`: what `vergelijken.js` needs of one applicatie, with the same texts
/// as the comparison pages. `waarden` holds the fixed criteria (their labels and "leeg" texts are
/// on `/vergelijken/`) and the standards, which `standaarden` names as `[sleutel, naam, rang]`:
/// `rang` is the standard's place among all standards (`rang(_:)`), so the script orders the
/// rows of several applicaties as `Vergelijking.volgorde` does without comparing names.
/// Public data only: the national use count and the ratings' average and count. Written without
/// whitespace (6,000 of these at national scale), keys in a fixed order: the same bytes every build.
enum VergelijkData {
    static func bytes(_ a: Applicatie, _ profiel: VergelijkProfiel, url: String, rang: [String: Int]) -> [UInt8] {
        var out = ""
        out.reserveCapacity(4096)
        out += "{\"naam\":"
        string(a.naam, into: &out)
        out += ",\"url\":"
        string(url, into: &out)
        out += a.status == .concept ? ",\"concept\":true" : ",\"concept\":false"
        out += ",\"waarden\":{"
        for (position, sleutel) in (VergelijkProfielen.vast.map(\.sleutel) + profiel.standaarden.map(\.sleutel)).enumerated() {
            if position > 0 { out += "," }
            string(sleutel, into: &out)
            out += ":["
            for (index, text) in (profiel.waarden[sleutel] ?? []).enumerated() {
                if index > 0 { out += "," }
                string(text, into: &out)
            }
            out += "]"
        }
        out += "},\"standaarden\":["
        for (position, kenmerk) in profiel.standaarden.enumerated() {
            out += position > 0 ? ",[" : "["
            string(kenmerk.sleutel, into: &out)
            out += ","
            string(kenmerk.naam, into: &out)
            out += ",\(rang[kenmerk.sleutel] ?? 0)]"
        }
        out += "]}\n"
        return Array(out.utf8)
    }

    /// Criterion key of every standard → its place in `Vergelijking.volgorde`.
    static func rang(_ kenmerken: [String: Kenmerk]) -> [String: Int] {
        let sorted = kenmerken.values.sorted(by: Vergelijking.volgorde)
        return Dictionary(sorted.enumerated().map { ($1.sleutel, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A JSON string: only the escapes JSON requires, plus U+2028 and U+2029 for old parsers.
    static func string(_ text: String, into out: inout String) {
        out += "\""
        // Nearly every text needs no escape: then it goes in whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}", "\u{2029}": out += scalar == "\u{2028}" ? "\\u2028" : "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
