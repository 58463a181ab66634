/// The labels of a flow drawing's boxes: at most two lines of about `maxLine` characters.
extension FlowDiagram {
    /// The label in at most two lines that fit a box: broken at a space, the rest cut with "…"
    /// (at a word when that loses little).
    public static func labelLines(_ label: String) -> [String] {
        // No more characters than bytes: a short label needs no counting.
        guard label.utf8.count > maxLine else { return [label] }
        // Printable ASCII: one character per byte, so the bytes can be counted and cut directly.
        if label.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return asciiLabelLines(Array(label.utf8)) }
        return characterLabelLines(label)
    }

    /// `labelLines` counted in characters, for any label.
    static func characterLabelLines(_ label: String) -> [String] {
        guard label.count > maxLine else { return [label] }
        let words = label.split(separator: " ", omittingEmptySubsequences: true)
        var first = ""
        var rest = words[...]
        while let word = rest.first, (first.isEmpty ? word.count : first.count + 1 + word.count) <= maxLine {
            first += (first.isEmpty ? "" : " ") + word
            rest = rest.dropFirst()
        }
        if first.isEmpty { return [shortened(label, to: maxLine)] }
        return rest.isEmpty ? [first] : [first, shortened(rest.joined(separator: " "), to: maxLine)]
    }

    /// `labelLines` for a label of printable ASCII, counted in bytes.
    static func asciiLabelLines(_ label: [UInt8]) -> [String] {
        let words = label.split(separator: UInt8(ascii: " "))
        var first: [UInt8] = [], taken = 0
        while taken < words.count, (first.isEmpty ? words[taken].count : first.count + 1 + words[taken].count) <= maxLine {
            if !first.isEmpty { first.append(UInt8(ascii: " ")) }
            first += words[taken]
            taken += 1
        }
        if first.isEmpty { return [asciiShortened(label[...])] }
        guard taken < words.count else { return [String(decoding: first, as: UTF8.self)] }
        var rest: [UInt8] = []
        for word in words[taken...] {
            if !rest.isEmpty { rest.append(UInt8(ascii: " ")) }
            rest += word
        }
        return [String(decoding: first, as: UTF8.self), asciiShortened(rest[...])]
    }

    /// `shortened(_:to: maxLine)` for printable ASCII.
    private static func asciiShortened(_ text: ArraySlice<UInt8>) -> String {
        guard text.count > maxLine else { return String(decoding: text, as: UTF8.self) }
        let cut = text.prefix(maxLine - 1)
        if let space = cut.lastIndex(of: UInt8(ascii: " ")), space - cut.startIndex >= maxLine - 8 {
            return String(decoding: cut[..<space], as: UTF8.self) + "…"
        }
        return String(decoding: cut, as: UTF8.self) + "…"
    }

    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let cut = String(text.prefix(length - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= length - 8 {
            return String(cut[..<space]) + "…"
        }
        return cut + "…"
    }
}
