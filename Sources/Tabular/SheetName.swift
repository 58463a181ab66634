/// Sheet names Excel accepts, made from whatever the caller named its tables.
///
/// Excel refuses a workbook whose sheet names break its rules, so names are repaired rather than
/// rejected (the caller's name is a label, not data): `[ ] : * ? / \` become `-`, characters XML
/// cannot carry are dropped, apostrophes at either end are trimmed, the name is cut to 31 UTF-16
/// units without splitting a character, an empty name becomes `Blad<n>` (Excel's Dutch default),
/// and a name already taken, compared without case as Excel does, or the reserved `History`, gets
/// ` (2)`, ` (3)`, ….
enum SheetName {
    static let maximumLength = 31

    /// Valid, distinct names for sheets named `names`, in the same order.
    static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = ["history"]
        return names.enumerated().map { index, name in
            let base = valid(name, position: index + 1)
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    /// `name` within Excel's rules; `position` (from 1) names an empty sheet.
    static func valid(_ name: String, position: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\": scalars.append("-")
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: scalars.append(scalar)
            }
        }
        let trimmed = truncated(String(scalars).trimmingApostrophes(), to: maximumLength).trimmingApostrophes()
        return trimmed.isEmpty ? "Blad\(position)" : trimmed
    }

    /// The longest prefix of whole characters that fits in `limit` UTF-16 units, Excel's measure.
    static func truncated(_ text: String, to limit: Int) -> String {
        var result = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > limit { break }
            result.append(character)
        }
        return result
    }
}

extension String {
    fileprivate func trimmingApostrophes() -> String {
        var text = Substring(self)
        while text.first == "'" { text.removeFirst() }
        while text.last == "'" { text.removeLast() }
        return String(text)
    }
}
