import Foundation

/// Lower-case ASCII words joined by hyphens, for invented domain names and URLs:
/// "Súdwest-Fryslân" → "sudwest-fryslan", "'s-Gravenhage" → "s-gravenhage".
func slug(_ text: String) -> String {
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var result = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
        if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
            if pendingHyphen, !result.isEmpty { result.append("-") }
            pendingHyphen = false
            result.unicodeScalars.append(scalar)
        } else if scalar != "'" && scalar != "." {
            pendingHyphen = true
        }
    }
    return result
}

/// The invented internet domain of an organisation; under `example.nl` so no address is real.
func demoDomain(_ name: String) -> String {
    slug(name) + ".example.nl"
}
