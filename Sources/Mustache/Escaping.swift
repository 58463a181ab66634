/// Appends `text` to `output` with the characters that are special in HTML text and attribute
/// values replaced by entities: `&` `<` `>` `"` and `'`.
///
/// Scans UTF-8 bytes and copies unchanged runs as slices: this runs for nearly every tag of
/// every page, and most values contain nothing to escape.
func appendHTMLEscaped(_ text: String, to output: inout String) {
    let utf8 = text.utf8
    var runStart = utf8.startIndex
    var index = runStart
    while index != utf8.endIndex {
        let byte = utf8[index]
        // '>' (0x3E) is the highest byte that needs escaping; most bytes exit here.
        guard byte <= 0x3E, let entity = entity(for: byte) else {
            utf8.formIndex(after: &index)
            continue
        }
        if runStart != index { output.append(contentsOf: Substring(utf8[runStart..<index])) }
        output.append(entity)
        utf8.formIndex(after: &index)
        runStart = index
    }
    if runStart == utf8.startIndex {
        output.append(text)
    } else if runStart != utf8.endIndex {
        output.append(contentsOf: Substring(utf8[runStart...]))
    }
}

@inline(__always)
private func entity(for byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\""): "&quot;"
    case UInt8(ascii: "'"): "&#39;"
    default: nil
    }
}

/// The escaped form of `text`, for callers outside the render loop.
public func escapeHTML(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    appendHTMLEscaped(text, to: &output)
    return output
}
