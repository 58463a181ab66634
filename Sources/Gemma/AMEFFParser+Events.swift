/// Walking the event stream: the small steps every section of the parser is written in.
extension AMEFFParser {
    mutating func next() throws(ReadFailure) -> XMLEvent? {
        do {
            return try tokenizer.next()
        } catch {
            throw .xml(error)
        }
    }

    /// The name of the next child element of the element whose start tag was read last, or nil
    /// when its end tag comes. Text between children (indentation) is passed over.
    mutating func nextChild() throws(ReadFailure) -> Range<Int>? {
        while let event = try next() {
            switch event {
            case .startTag(let name, _): return name
            case .endTag: return nil
            case .text: continue
            }
        }
        return nil
    }

    /// Skips the element whose start tag was read last, with everything inside it.
    mutating func skipElement() throws(ReadFailure) {
        let outside = tokenizer.depth - 1
        while let event = try next() {
            if case .endTag = event, tokenizer.depth == outside { return }
        }
    }

    /// The text content of the element whose start tag was read last, up to its end tag. Child
    /// elements are skipped; their text does not count.
    mutating func readText() throws(ReadFailure) -> String {
        var text = ""
        while let event = try next() {
            switch event {
            case .text(let piece):
                text += tokenizer.string(of: piece)
            case .startTag:
                try skipElement()
            case .endTag:
                return text
            }
        }
        return text
    }
}
