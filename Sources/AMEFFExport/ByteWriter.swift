/// The bytes of one file being written. Values are escaped unless a method says `raw`; raw is
/// only for what this module makes itself (identifiers, type names, numbers).
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A name this module made itself (an identifier, an ArchiMate type), written as it is.
    /// Not called `raw`: a literal would pick a String overload over `StaticString`.
    mutating func token(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func raw(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    mutating func raw(_ text: Substring.UTF8View) {
        bytes.append(contentsOf: text)
    }

    /// An id spelled into an identifier (see `Identifier`).
    mutating func sanitised(_ id: String) {
        Identifier.appendSanitised(id, to: &bytes)
    }

    /// Text content, escaped.
    mutating func text(_ value: String) {
        XMLEscaping.append(value, to: &bytes, inAttribute: false)
    }

    /// An attribute value, escaped for double quotes.
    mutating func attribute(_ value: String) {
        XMLEscaping.append(value, to: &bytes, inAttribute: true)
    }

    /// A whole number in decimal, without making a String: coordinates are the hot path of large views.
    mutating func int(_ value: Int) {
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                start -= 1
                digits[start] = 0x2D
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// A newline and `level` steps of two spaces, so that people can read the file.
    mutating func line(_ level: Int) {
        Self.newlines.withUnsafeBufferPointer { bytes.append(contentsOf: $0[0..<(1 + 2 * min(level, 15))]) }
    }

    /// A newline and 30 spaces, the deepest indentation written.
    private static let newlines: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 30)
}
