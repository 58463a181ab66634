/// The words of rendered HTML for the search index: tags dropped (with the addresses inside
/// them), the entities cmark-gfm writes turned back into characters.
enum PlainText {
    static func of(html: String) -> String {
        var text = String.UnicodeScalarView()
        var inTag = false
        var entity: String.UnicodeScalarView?
        for scalar in html.unicodeScalars {
            if inTag {
                if scalar == ">" { inTag = false; text.append(" ") }
                continue
            }
            if var open = entity {
                if scalar == ";" {
                    text.append(contentsOf: decode(String(open)).unicodeScalars)
                    entity = nil
                } else if open.count < 10 {
                    open.append(scalar)
                    entity = open
                } else {
                    text.append("&")
                    text.append(contentsOf: open)
                    entity = nil
                }
                continue
            }
            switch scalar {
            case "<": inTag = true
            case "&": entity = String.UnicodeScalarView()
            default: text.append(scalar)
            }
        }
        return String(text)
    }

    private static func decode(_ name: String) -> String {
        switch name {
        case "amp": "&"
        case "lt": "<"
        case "gt": ">"
        case "quot": "\""
        case "#39", "apos": "'"
        default:
            if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) { String(scalar) } else { " " }
        }
    }
}

extension PlainText {
    /// The words of a markdown source without rendering it (cmark-gfm is slow on the tables of
    /// 6,000 descriptions): its syntax is punctuation, which search splits on anyway, so only the
    /// addresses of links have to go.
    static func of(markdown source: String) -> String {
        var source = source
        return source.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            func starts(with prefix: StaticString, at position: Int) -> Bool {
                let count = prefix.utf8CodeUnitCount
                guard position + count <= bytes.count else { return false }
                for offset in 0..<count where bytes[position + offset] != prefix.utf8Start[offset] { return false }
                return true
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") {
                    // `[text](address "title")`: the address is not a word of the text.
                    while index < bytes.count, bytes[index] != UInt8(ascii: ")") { index += 1 }
                    out.append(UInt8(ascii: " "))
                } else if byte == UInt8(ascii: "h"), starts(with: "https://", at: index) || starts(with: "http://", at: index) {
                    while index < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: ">"), UInt8(ascii: ")")].contains(bytes[index]) { index += 1 }
                    out.append(UInt8(ascii: " "))
                    continue
                } else {
                    out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
