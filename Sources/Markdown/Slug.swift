import Foundation

/// URL- and anchor-safe names: lower-case ASCII letters, digits and single hyphens, diacritics
/// folded (`Coördinatie & Beheer` → `coordinatie-beheer`, `Ĳsselstein` → `ijsselstein`). Pure, so the
/// same text always gives the same slug.
public enum Slug {
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        // Compatibility decomposition splits `ë` into `e` + a combining mark and `ĳ` into `ij`.
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let folded = scalar == "ß" ? "ss" : scalar.properties.lowercaseMapping
            for c in folded.unicodeScalars {
                if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                    if pendingHyphen && !slug.isEmpty { slug += "-" }
                    pendingHyphen = false
                    slug.unicodeScalars.append(c)
                } else {
                    pendingHyphen = true
                }
            }
        }
        return slug
    }
}
