/// Stable anchor ids for headings: the slug of the heading's text, numbered when it repeats
/// (`kosten`, `kosten-2`), so a link to `#kosten` keeps working when text elsewhere changes.
enum HeadingIDs {
    static func assign(_ headings: [Heading]) -> [Heading] {
        var seen: [String: Int] = [:]
        return headings.map { heading in
            var heading = heading
            let base = Slug.make(heading.text).isEmpty ? "kop" : Slug.make(heading.text)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            heading.id = count == 1 ? base : "\(base)-\(count)"
            return heading
        }
    }

    /// Adds `id="…"` to the heading tags of cmark's output, in document order. Raw HTML is filtered
    /// and code is escaped, so every `<hN>` in the output is one of `headings`.
    static func insert(_ headings: [Heading], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + headings.count * 16)
        var rest = html[...]
        for heading in headings {
            let tag = "<h\(heading.level)>"
            guard let range = rest.range(of: tag) else { break }
            result += rest[..<range.lowerBound]
            result += "<h\(heading.level) id=\"\(heading.id)\">"
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
