/// A byte buffer for large drawings: text appended as UTF-8, user text escaped on the way in,
/// byte by byte (as `SVGEscaping` does for strings). Cheaper than building strings for the
/// hundreds of boxes of a view and the thousands of names of all organisations' overlays.
public struct SVGBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Markup written by trusted code, as is.
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Bytes made earlier (a drawing's shared parts).
    public mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Bytes made earlier, from a pool of them.
    mutating func raw(_ other: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: other) }

    /// Text content, escaped.
    public mutating func text(_ value: String) { escape(value.utf8, quotes: false) }

    /// Text content given as UTF-8 (whole scalars), escaped.
    public mutating func text(utf8: ArraySlice<UInt8>) { escape(utf8, quotes: false) }

    /// ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        escape(value.utf8, quotes: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="number"`.
    public mutating func number(_ name: String, _ value: Double) {
        raw(" \(name)=\"\(SVGNumber.format(value))\"")
    }

    /// XML's five characters as references; characters XML 1.0 forbids (C0 controls other than
    /// tab and line ends, U+FFFE, U+FFFF — in UTF-8 `EF BF BE`/`EF BF BF`) dropped.
    private mutating func escape(_ utf8: some Sequence<UInt8>, quotes: Bool) {
        var pending = 0  // bytes of a possible EF BF sequence held back
        for byte in utf8 {
            if pending > 0 {
                if pending == 1 && byte == 0xBF { pending = 2; continue }
                if pending == 2 && (byte == 0xBE || byte == 0xBF) { pending = 0; continue }
                bytes.append(0xEF)
                if pending == 2 { bytes.append(0xBF) }
                pending = 0
            }
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\"") where quotes: raw("&quot;")
            case UInt8(ascii: "\n") where quotes: raw("&#10;")
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case 0..<0x20: continue
            case 0xEF: pending = 1
            default: bytes.append(byte)
            }
        }
        if pending > 0 {
            bytes.append(0xEF)
            if pending == 2 { bytes.append(0xBF) }
        }
    }
}
