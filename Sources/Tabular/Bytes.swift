/// Calls `body` with the UTF-8 bytes of `text`, without a copy for native strings (nearly all of
/// them); a bridged or otherwise non-contiguous string is copied once.
@inline(__always)
func withUTF8Bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
}

extension Array where Element == UInt8 {
    /// A literal's bytes, copied at once: appending a `String`'s UTF-8 view goes byte by byte,
    /// and a worksheet appends a dozen literals per cell.
    @inline(__always)
    mutating func append(literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends the decimal digits of `value` (not negative) without making a `String` per number:
    /// a worksheet writes one row number per cell.
    mutating func appendDecimal(_ value: Int) {
        precondition(value >= 0)
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
