/// One step of the pull tokenizer. Names and text are byte ranges into the document, so that
/// skipping the parts of a file we do not need costs no allocation; the reader makes Strings only
/// of what it keeps.
enum XMLEvent: Equatable {
    /// `<name a="1">` or `<name a="1"/>`; the attributes are in `XMLTokenizer.attributes` until the
    /// next call of `next()`. An empty-element tag is followed by a matching `.endTag`.
    case startTag(name: Range<Int>, isEmpty: Bool)
    /// `</name>`, or the implied end of an empty-element tag.
    case endTag(name: Range<Int>)
    /// Character data or a CDATA section.
    case text(XMLText)
}

/// A run of character data as it stands in the file.
struct XMLText: Equatable {
    var range: Range<Int>
    /// The range holds `&…;` references or carriage returns that `XMLTokenizer.string(of:)` must rewrite.
    var needsDecoding: Bool
    /// A CDATA section: `&` is literal.
    var isCDATA: Bool
}

/// One `name="value"` of a start tag, with the prefix kept as written (`xsi:type`, `xml:lang`).
struct XMLAttribute: Equatable {
    var name: Range<Int>
    var value: Range<Int>
    /// The value holds references or whitespace characters that attribute-value normalisation rewrites.
    var needsDecoding: Bool
}
