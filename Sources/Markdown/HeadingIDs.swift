/// Stable anchor ids for headings: the slug of the heading's text, numbered when it repeats
/// (`kosten`, `kosten-2`), so a link to `#kosten` keeps working when text elsewhere changes.
enum HeadingIDs {
    static func assign(_ headings: [Heading], reserved: Set<String> = []) -> [Heading] {
        var used = reserved
        return headings.map { heading in
            var heading = heading
            let slug = Slug.make(heading.text)
            let base = slug.isEmpty ? "kop" : slug
            var id = base, number = 1
            // "Kosten", "Kosten" and "Kosten 2" give kosten, kosten-2 and kosten-2-2: never twice the same.
            while used.contains(id) {
                number += 1
                id = "\(base)-\(number)"
            }
            used.insert(id)
            heading.id = id
            return heading
        }
    }

    /// Adds `id="…"` to the heading tags of cmark's output, in document order, and drops the
    /// comment cmark leaves where it filtered raw HTML. Raw HTML is filtered and code is escaped, so
    /// every `<hN>` in the output is one of `headings`. Works on bytes: this runs for every page.
    static func finish(_ html: String, headings: [Heading]) -> String {
        let omitted = Array("<!-- raw HTML omitted -->".utf8)
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + headings.count * 24)
            var next = 0, index = 0
            while index < bytes.count {
                // Copy up to the next tag in one piece.
                guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else {
                    output.append(contentsOf: bytes[index...])
                    break
                }
                output.append(contentsOf: bytes[index..<open])
                index = open
                if next < headings.count, index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"),
                   bytes[index + 2] == UInt8(ascii: "0") + UInt8(headings[next].level), bytes[index + 3] == UInt8(ascii: ">") {
                    output.append(contentsOf: "<h\(headings[next].level) id=\"\(headings[next].id)\">".utf8)
                    next += 1
                    index += 4
                } else if index + omitted.count <= bytes.count, omitted.elementsEqual(bytes[index..<index + omitted.count]) {
                    index += omitted.count
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
