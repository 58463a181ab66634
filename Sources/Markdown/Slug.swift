import Foundation

/// URL- and anchor-safe names: lower-case ASCII letters, digits and single hyphens, diacritics
/// folded (`Coördinatie & Beheer` → `coordinatie-beheer`, `Ĳsselstein` → `ijsselstein`). Pure, so the
/// same text always gives the same slug.
public enum Slug {
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ascii(text) }
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

    /// The common case, without Unicode decomposition: most names are plain ASCII.
    private static func ascii(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
                if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(lower)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
