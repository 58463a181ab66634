/// Text that must fit a box: widths estimated from Arial's advance widths (GEMMA's views use Segoe
/// UI and Arial; a browser without them falls back to a wider sans-serif, hence a margin of 10%),
/// words wrapped greedily, a word longer than the line cut, and the last line ended with "…" when
/// the text needs more lines than the box has. No font file is read: the estimate is deterministic.
public enum TextFit {
    /// Advance widths of ASCII 32–126 in thousandths of an em (Arial).
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
    private static let margin = 1.1

    /// The estimated width of `text` at `fontSize` pixels.
    public static func width(_ text: Substring, fontSize: Double) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            thousandths += (32...126).contains(v) ? Int(ascii[v - 32]) : 600
        }
        return Double(thousandths) / 1000 * fontSize * margin
    }

    public static func width(_ text: String, fontSize: Double) -> Double { width(text[...], fontSize: fontSize) }

    /// `text` in lines no wider than `width` (the first line no wider than `firstWidth`, when
    /// given: room for an icon), at most `maxLines` (at least one line is always given).
    public static func lines(_ text: String, width: Double, firstWidth: Double? = nil, fontSize: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)[...]
        while let word = words.first {
            let width = lines.isEmpty ? firstWidth ?? width : width
            let candidate = current.isEmpty ? word : current + " " + word
            if Self.width(candidate, fontSize: fontSize) <= width {
                current = candidate
                words.removeFirst()
            } else if current.isEmpty {
                // One word wider than the box: as much of it as fits, the rest on the next line.
                let (head, tail) = cut(word, width: width, fontSize: fontSize)
                lines.append(head)
                words[words.startIndex] = tail
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        let limit = max(1, maxLines)
        guard lines.count > limit else { return lines.isEmpty ? [""] : lines }
        var kept = Array(lines.prefix(limit))
        kept[limit - 1] = ellipsis(kept[limit - 1], width: limit == 1 ? firstWidth ?? width : width, fontSize: fontSize)
        return kept
    }

    /// `text` cut to fit `width`, ending in "…" (always, since something was left off).
    public static func ellipsis(_ text: String, width: Double, fontSize: Double) -> String {
        let room = width - Self.width("…", fontSize: fontSize)
        var used = 0.0
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            used += advance(scalar, fontSize: fontSize)
            if used > room { break }
            kept.append(scalar)
        }
        while kept.last == " " { kept.removeLast() }
        return String(kept) + "…"
    }

    /// The estimated width of one scalar, as `ellipsis` adds them up.
    @inline(__always)
    static func advance(_ scalar: Unicode.Scalar, fontSize: Double) -> Double {
        let v = Int(scalar.value)
        return Double((32...126).contains(v) ? Int(ascii[v - 32]) : 600) / 1000 * fontSize * margin
    }

    /// `text` on one line: itself when it fits, else cut with "…".
    public static func line(_ text: String, width: Double, fontSize: Double) -> String {
        Self.width(text, fontSize: fontSize) <= width ? text : ellipsis(text, width: width, fontSize: fontSize)
    }

    /// As much of `word` as fits `width`: up to a hyphen when one fits ("Ketenpartner-" /
    /// "portaalcomponent"), else up to any character.
    private static func cut(_ word: String, width: Double, fontSize: Double) -> (String, String) {
        var head = Substring(word)
        while head.count > 1, Self.width(head, fontSize: fontSize) > width { head = head.dropLast() }
        if head.count < word.count, let hyphen = head.dropLast().lastIndex(of: "-") {
            head = head[...hyphen]
        }
        return (String(head), String(word.dropFirst(head.count)))
    }
}
