/// Escaping for the report pages: every text from the data goes through this, in element content
/// and in double-quoted attribute values alike.
enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as character references; everything else as it is (UTF-8 pages).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
