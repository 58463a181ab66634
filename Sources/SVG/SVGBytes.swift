/// A byte buffer for large drawings: text appended as UTF-8, numbers formatted by `SVGNumber`,
/// user text escaped on the way in. Cheaper than building strings for hundreds of boxes.
public struct SVGBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Markup written by trusted code, as is.
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Bytes made earlier (a drawing's shared parts).
    public mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Text content, escaped.
    public mutating func text(_ value: String) { raw(SVGEscaping.text(value)) }

    /// ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        raw(SVGEscaping.attribute(value))
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="number"`.
    public mutating func number(_ name: String, _ value: Double) {
        raw(" \(name)=\"\(SVGNumber.format(value))\"")
    }
}
