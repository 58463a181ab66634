/// A byte buffer for large drawings: text appended as UTF-8, user text escaped on the way in
/// (as `SVGEscaping` does for strings). Cheaper than building strings for the
/// hundreds of boxes of a view and the thousands of names of all organisations' overlays.
public struct SVGBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Empties the buffer, keeping its room.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Markup written by trusted code, as is.
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Bytes made earlier (a drawing's shared parts).
    public mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Text content, escaped.
    public mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { escape($0, quotes: false) }
    }

    /// Text content given as UTF-8 (whole scalars), escaped.
    public mutating func text(utf8: ArraySlice<UInt8>) { utf8.withUnsafeBufferPointer { escape($0, quotes: false) } }

    /// ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        var value = value
        value.withUTF8 { escape($0, quotes: true) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A number as `SVGNumber.format` writes it (at most two decimals), without making a string.
    public mutating func decimal(_ value: Double) {
        guard value.isFinite else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let hundredths = Int((value * 100).rounded())
        guard hundredths % 100 != 0 else {
            integer(hundredths / 100)
            return
        }
        let whole = hundredths / 100, part = abs(hundredths % 100)
        if hundredths < 0 && whole == 0 { bytes.append(UInt8(ascii: "-")) }
        integer(whole)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(part / 10))
        if part % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(part % 10)) }
    }

    private mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[k]) }
        }
    }

    /// ` name="number"`.
    public mutating func number(_ name: String, _ value: Double) {
        raw(" \(name)=\"\(SVGNumber.format(value))\"")
    }

    /// XML's five characters as references; characters XML 1.0 forbids (C0 controls other than
    /// tab and line ends, U+FFFE, U+FFFF — in UTF-8 `EF BF BE`/`EF BF BF`) dropped. Runs of
    /// bytes that need nothing are copied whole.
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>, quotes: Bool) {
        var run = 0, i = 0
        let count = utf8.count
        while i < count {
            let byte = utf8[i]
            let special = byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quotes && byte == UInt8(ascii: "\"")) || byte == 0xEF
            guard special else {
                i += 1
                continue
            }
            if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i])) }
            i += 1
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "\n") where quotes: raw("&#10;")
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case 0xEF:
                if i + 1 < count, utf8[i] == 0xBF, utf8[i + 1] == 0xBE || utf8[i + 1] == 0xBF {
                    i += 2
                } else {
                    bytes.append(byte)
                }
            default: break  // another C0 control
            }
            run = i
        }
        if run < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<count])) }
    }
}
