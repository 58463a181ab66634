/// Appends `text` to `output` with the characters that are special in HTML text and attribute
/// values replaced by entities: `&` `<` `>` `"` and `'`.
///
/// This runs for nearly every tag of every page and most values contain nothing to escape, so
/// it first scans the raw UTF-8 buffer and appends the whole string when that finds nothing.
func appendHTMLEscaped(_ text: String, to output: inout String) {
    var text = text
    let firstSpecial = text.withUTF8 { buffer in buffer.firstIndex(where: needsEscaping) }
    guard let firstSpecial else {
        output.append(text)
        return
    }
    let utf8 = text.utf8
    var runStart = utf8.startIndex
    var index = utf8.index(runStart, offsetBy: firstSpecial)
    while index != utf8.endIndex {
        let byte = utf8[index]
        guard needsEscaping(byte) else {
            utf8.formIndex(after: &index)
            continue
        }
        if runStart != index { output.append(contentsOf: Substring(utf8[runStart..<index])) }
        output.append(entity(for: byte))
        utf8.formIndex(after: &index)
        runStart = index
    }
    if runStart != utf8.endIndex { output.append(contentsOf: Substring(utf8[runStart...])) }
}

@inline(__always)
private func needsEscaping(_ byte: UInt8) -> Bool {
    // '>' (0x3E) is the highest byte that needs escaping; most bytes exit at the first test.
    byte <= 0x3E && (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27)
}

private func entity(for byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "&"): "&amp;"
    case UInt8(ascii: "<"): "&lt;"
    case UInt8(ascii: ">"): "&gt;"
    case UInt8(ascii: "\""): "&quot;"
    default: "&#39;"
    }
}

/// The escaped form of `text`, for callers outside the render loop.
public func escapeHTML(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    appendHTMLEscaped(text, to: &output)
    return output
}
