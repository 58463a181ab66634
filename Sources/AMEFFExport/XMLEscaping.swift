/// Escaping of every text and attribute value the export writes. Characters XML 1.0 does not allow
/// (most C0 controls, U+FFFE, U+FFFF) are dropped: catalogue texts are pasted from office tools and
/// sometimes carry them, and one such byte would make the whole file unreadable for Archi.
enum XMLEscaping {
    /// `value` as it may stand between tags or, with `inAttribute`, between double quotes.
    static func escaped(_ value: String, inAttribute: Bool = false) -> String {
        var out = ByteWriter(capacity: value.utf8.count + 16)
        append(value, to: &out, inAttribute: inAttribute)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends `value`, escaped, to `out`.
    static func append(_ value: String, to out: inout ByteWriter, inAttribute: Bool) {
        var value = value
        value.withUTF8 { append($0, to: &out, inAttribute: inAttribute) }
    }

    private static func append(_ source: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter, inAttribute: Bool) {
        var clean = 0  // start of the run of bytes that can be copied as they are
        var i = 0
        while i < source.count {
            let byte = source[i]
            // Fast path: most bytes are none of the few that need work.
            if byte > 0x3E && byte != 0xEF {
                i += 1
                continue
            }
            var skip = 1
            let replacement: StaticString?
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&apos;"
            case 0x0D: replacement = "&#13;"  // a literal CR would become LF when read back
            // In attributes, tab and newline would be normalised to spaces by every reader.
            case 0x09: replacement = inAttribute ? "&#9;" : nil
            case 0x0A: replacement = inAttribute ? "&#10;" : nil
            case 0xEF where i + 2 < source.count && source[i + 1] == 0xBF && (source[i + 2] == 0xBE || source[i + 2] == 0xBF):
                replacement = ""  // U+FFFE and U+FFFF are not characters in XML
                skip = 3
            case 0x00..<0x20: replacement = ""
            default: replacement = nil
            }
            guard let replacement else {
                i += 1
                continue
            }
            out.raw(UnsafeBufferPointer(rebasing: source[clean..<i]))
            out.raw(replacement)
            i += skip
            clean = i
        }
        out.raw(UnsafeBufferPointer(rebasing: source[clean..<source.count]))
    }
}
