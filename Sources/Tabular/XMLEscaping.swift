/// XML text for OOXML parts, escaped by default.
///
/// - `&`, `<`, `>`, `"` and `'` become entities, so one function serves text and attributes.
/// - Characters XML 1.0 forbids are dropped: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
///   U+FFFE and U+FFFF. Excel refuses the whole file over one of them; there is no way to write
///   them, and they carry no meaning in a catalogue.
/// - CR becomes `&#13;`: a parser turns a literal CR into LF, and the cell would change.
/// - `_xHHHH_` gets its underscore written as `_x005F_`: Excel decodes that pattern in cell text
///   (ECMA-376 ST_Xstring), so `_x0041_` would otherwise show as `A`.
enum XML {
    /// `text` escaped, for tests and single values.
    static func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscaped(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        withUTF8Bytes(text) { appendEscaped($0, to: &output) }
    }

    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        // Most cells hold nothing to escape: find the first byte that needs a look, or copy all.
        guard var index = bytes.firstIndex(where: mayNeedEscaping) else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
            case 0x0D: output.append(contentsOf: "&#13;".utf8)
            case 0x09, 0x0A: output.append(byte)
            case 0x00..<0x20: continue
            case 0xEF where isNoncharacterFFFEorFFFF(bytes, after: index):
                index += 2
            case UInt8(ascii: "_") where startsExcelEscape(bytes, after: index):
                output.append(contentsOf: "_x005F_".utf8)
            default: output.append(byte)
            }
        }
    }

    @inline(__always)
    static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "_"), 0xEF:
            true
        default: false
        }
    }

    /// U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8; `index` is just past the EF.
    private static func isNoncharacterFFFEorFFFF(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF)
    }

    /// Whether `x` and four hex digits and `_` follow; `index` is just past the first `_`.
    private static func startsExcelEscape(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X"),
            bytes[index + 5] == UInt8(ascii: "_")
        else { return false }
        return bytes[(index + 1)..<(index + 5)].allSatisfy(isHexDigit)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
