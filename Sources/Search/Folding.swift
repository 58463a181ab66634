import Foundation

/// How text becomes search terms, the same for the index and the query (and in `zoeken.js`):
/// lower-case, compatibility-decomposed with every combining mark dropped (`ë` → `e`, `ĳ` → `ij`),
/// `ß` → `ss`, and split on everything that is not `a`–`z` or `0`–`9`. Letters outside Latin that
/// do not decompose (`ø`, `æ`) therefore split a word; the catalogue is Dutch, so that is rare.
public enum Folding {
    /// The terms of `text`, in order, repeats kept.
    public static func terms(_ text: String) -> [String] {
        scan(text).map(\.text)
    }

    /// The folded text as one string: its terms joined by single spaces.
    public static func fold(_ text: String) -> String {
        terms(text).joined(separator: " ")
    }

    /// The terms with their hashes, which the tokenizer works out as it reads each byte, so
    /// indexing never hashes a term's text again.
    static func scan(_ text: String) -> [Term] {
        var text = text
        let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII { return text.withUTF8(scan) }
        return asciiFolded(text).withUnsafeBufferPointer(scan)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Term] {
        var terms: [Term] = []
        var start = -1, hash: UInt64 = Term.offset
        for index in 0...bytes.count {
            var byte: UInt8 = 0
            if index < bytes.count {
                byte = bytes[index]
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            }
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                if start < 0 { start = index; hash = Term.offset }
                hash = (hash ^ UInt64(byte)) &* Term.prime
            } else if start >= 0 {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let lower = String(unsafeUninitializedCapacity: word.count) { out in
                    for (offset, letter) in word.enumerated() {
                        out[offset] = letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") ? letter + 32 : letter
                    }
                    return word.count
                }
                terms.append(Term(text: lower, hash: Int(truncatingIfNeeded: hash)))
                start = -1
            }
        }
        return terms
    }

    /// Text with something outside ASCII, as bytes: every letter folded to `a`–`z`, `0`–`9`,
    /// everything else a space. Scalar by scalar: decomposing is per code point, and only the few
    /// non-ASCII ones (`ë`, `é`, `ĳ`) need Foundation, once each per text.
    private static func asciiFolded(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var folded: [Unicode.Scalar: [UInt8]] = [:]
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let known = folded[scalar] {
                out += known
            } else {
                let made = fold(scalar)
                folded[scalar] = made
                out += made
            }
        }
        return out
    }

    /// One non-ASCII scalar as folded letters, or a space.
    private static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var out: [UInt8] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            let lower = part.properties.lowercaseMapping
            for c in (lower == "ß" ? "ss" : lower).unicodeScalars {
                out.append((c >= "a" && c <= "z") || (c >= "0" && c <= "9") ? UInt8(truncatingIfNeeded: c.value) : UInt8(ascii: " "))
            }
        }
        return out
    }
}

/// A term and its FNV-1a hash, so sets and tables of terms hash a number instead of the text.
struct Term: Hashable, Sendable {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    let text: String
    let hash: Int

    static func == (a: Term, b: Term) -> Bool {
        a.hash == b.hash && a.text == b.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
