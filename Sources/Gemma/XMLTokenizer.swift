/// A pull tokenizer for the XML that ArchiMate tools write, over UTF-8 bytes.
///
/// It checks well-formedness as it goes (matching tags, quoted attributes, known entities) and
/// skips the XML declaration, comments, processing instructions and a DOCTYPE. It never builds
/// a tree and never makes a String on its own: events carry byte ranges. Positions are byte
/// offsets; `LineIndex` turns them into lines and columns when a message needs one.
///
/// Use it through `XMLTokenizer.tokenize(_:_:)`, which keeps the bytes alive while it runs.
struct XMLTokenizer {
    let bytes: UnsafeBufferPointer<UInt8>
    // The state below is internal, not private, because the scanning code is split over
    // extension files; only the tokenizer itself changes it.

    /// Where the next event starts looking.
    var position: Int
    /// Where the last event began: its `<`, or the first byte of its text.
    var eventOffset = 0
    /// The attributes of the last start tag; reused so that a tag costs no allocation.
    var attributes: [XMLAttribute] = []
    /// Open elements, innermost last, with the offset of their start tag.
    var openElements: [(name: Range<Int>, offset: Int)] = []
    /// An empty-element tag owes its `.endTag` event.
    var owesEndTag = false
    var rootSeen = false

    /// Runs `body` with a tokenizer over `bytes`. The bytes must be valid UTF-8 (see `UTF8Validation`).
    static func tokenize<R, Failure: Error>(
        _ bytes: [UInt8], _ body: (inout XMLTokenizer) throws(Failure) -> R
    ) throws(Failure) -> R {
        let result: Result<R, Failure> = bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = XMLTokenizer(buffer)
            do throws(Failure) { return .success(try body(&tokenizer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.position = hasByteOrderMark ? 3 : 0
    }

    /// How many elements are open, counting one whose start tag was the last event.
    var depth: Int { openElements.count }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XMLError) -> XMLEvent? {
        if owesEndTag {
            owesEndTag = false
            let element = openElements.removeLast()
            return .endTag(name: element.name)
        }
        let count = bytes.count
        while position < count {
            let start = position
            eventOffset = start
            guard bytes[start] == ASCII.lessThan else {
                if openElements.isEmpty {
                    try skipWhitespaceOutsideRoot()
                    continue
                }
                return .text(try scanText())
            }
            guard start + 1 < count else { throw XMLError(offset: count, problem: unexpectedEnd) }
            switch bytes[start + 1] {
            case ASCII.slash:
                return .endTag(name: try scanEndTag())
            case ASCII.question:
                try skipProcessingInstruction()
            case ASCII.exclamation:
                if let cdata = try scanMarkupDeclaration() { return .text(cdata) }
            default:
                return try scanStartTag()
            }
        }
        guard openElements.isEmpty else { throw XMLError(offset: count, problem: unexpectedEnd) }
        guard rootSeen else { throw XMLError(offset: count, problem: .noRootElement) }
        return nil
    }

    /// The problem to report when the file stops early: names the innermost open element.
    var unexpectedEnd: XMLProblem {
        guard let innermost = openElements.last else { return .unexpectedEnd(element: nil, openedAt: nil) }
        return .unexpectedEnd(element: string(innermost.name), openedAt: innermost.offset)
    }

    // MARK: Text

    private mutating func skipWhitespaceOutsideRoot() throws(XMLError) {
        while position < bytes.count, bytes[position] != ASCII.lessThan {
            guard ASCII.isWhitespace(bytes[position]) else {
                throw XMLError(offset: position, problem: .textOutsideRootElement)
            }
            position += 1
        }
    }

    private mutating func scanText() throws(XMLError) -> XMLText {
        let start = position
        let count = bytes.count
        var i = start
        var needsDecoding = false
        while i < count {
            let byte = bytes[i]
            if byte == ASCII.lessThan { break }
            if byte == ASCII.ampersand {
                i = try endOfReference(at: i)
                needsDecoding = true
                continue
            }
            if byte == ASCII.carriageReturn { needsDecoding = true }
            i += 1
        }
        position = i
        return XMLText(range: start..<i, needsDecoding: needsDecoding, isCDATA: false)
    }

    // MARK: Tags

    private mutating func scanStartTag() throws(XMLError) -> XMLEvent {
        let start = position
        let name = try scanName(at: start + 1)
        if openElements.isEmpty {
            guard !rootSeen else { throw XMLError(offset: start, problem: .secondRootElement(string(name))) }
            rootSeen = true
        }
        let (end, isEmpty) = try scanAttributes(from: name.upperBound)
        position = end
        openElements.append((name, start))
        owesEndTag = isEmpty
        return .startTag(name: name, isEmpty: isEmpty)
    }

    private mutating func scanEndTag() throws(XMLError) -> Range<Int> {
        let start = position
        let name = try scanName(at: start + 2)
        let i = skipWhitespace(from: name.upperBound)
        guard i < bytes.count else { throw XMLError(offset: bytes.count, problem: unexpectedEnd) }
        guard bytes[i] == ASCII.greaterThan else {
            throw XMLError(offset: i, problem: .unexpectedCharacter(character(at: i)))
        }
        guard let open = openElements.last else {
            throw XMLError(offset: start, problem: .endTagWithoutStartTag(string(name)))
        }
        guard same(open.name, name) else {
            throw XMLError(offset: start, problem: .mismatchedEndTag(
                expected: string(open.name), found: string(name), openedAt: open.offset))
        }
        openElements.removeLast()
        position = i + 1
        return name
    }

    /// A name starting at `i`; throws when there is none.
    func scanName(at i: Int) throws(XMLError) -> Range<Int> {
        guard i < bytes.count else { throw XMLError(offset: bytes.count, problem: unexpectedEnd) }
        guard ASCII.isNameStart(bytes[i]) else { throw XMLError(offset: i, problem: .invalidName) }
        var end = i + 1
        while end < bytes.count, ASCII.isNameByte(bytes[end]) { end += 1 }
        return i..<end
    }

    func skipWhitespace(from i: Int) -> Int {
        var i = i
        while i < bytes.count, ASCII.isWhitespace(bytes[i]) { i += 1 }
        return i
    }
}
