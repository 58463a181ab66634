import Foundation

/// How text becomes search terms, the same for the index and the query (and in `zoeken.js`):
/// lower-case, compatibility-decomposed with every combining mark dropped (`ë` → `e`, `ĳ` → `ij`),
/// `ß` → `ss`, and split on everything that is not `a`–`z` or `0`–`9`. Letters outside Latin that
/// do not decompose (`ø`, `æ`) therefore split a word; the catalogue is Dutch, so that is rare.
public enum Folding {
    /// The terms of `text`, in order, repeats kept.
    public static func terms(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTerms(text) }
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        func close() {
            if !current.isEmpty { terms.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            let lower = scalar.properties.lowercaseMapping
            for c in (lower == "ß" ? "ss" : lower).unicodeScalars {
                if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { current.append(c) } else { close() }
            }
        }
        close()
        return terms
    }

    /// The folded text as one string: its terms joined by single spaces.
    public static func fold(_ text: String) -> String {
        terms(text).joined(separator: " ")
    }

    /// The common case without Unicode decomposition: most names and descriptions are plain ASCII.
    private static func asciiTerms(_ text: String) -> [String] {
        var terms: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) {
                current.append(lower)
            } else if !current.isEmpty {
                terms.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { terms.append(String(decoding: current, as: UTF8.self)) }
        return terms
    }
}
