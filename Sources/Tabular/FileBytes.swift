/// The bytes of one worksheet or CSV file as it is written, in a buffer of its own: a sheet is written in a
/// dozen pieces per cell, and an array's checks on every append were most of what a cell cost.
/// Not copyable, so the buffer has one owner and is freed once.
struct FileBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// What was written, as an array.
    consuming func finish() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: start, count: count))
    }

    @inline(__always)
    mutating func append(literal: StaticString) {
        append(literal.utf8Start, literal.utf8CodeUnitCount)
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        append(base, bytes.count)
    }

    mutating func append(_ text: String) {
        withUTF8Bytes(text) { append($0) }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = byte
        count += 1
    }

    /// `n` bytes written earlier, from offset `from`, once more at the end (a row number per cell).
    @inline(__always)
    mutating func appendAgain(from offset: Int, count n: Int) {
        if count + n > capacity { grow(to: count + n) }
        (start + count).update(from: start + offset, count: n)
        count += n
    }

    /// The decimal digits of `value` (not negative).
    mutating func appendDecimal(_ value: Int) {
        precondition(value >= 0)
        if count + 20 > capacity { grow(to: count + 20) }
        var digits = 1
        var limit = 10
        while value >= limit && digits < 18 {
            digits += 1
            limit &*= 10
        }
        if digits == 18 && value >= limit { digits = 19 }
        var rest = value
        var at = count + digits
        repeat {
            at -= 1
            start[at] = UInt8(truncatingIfNeeded: 0x30 &+ rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    /// `bytes` escaped as `XML.appendEscaped` does; most cells need nothing and are copied at once.
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.contains(where: XML.mayNeedEscaping) else {
            append(bytes)
            return
        }
        var escaped: [UInt8] = []
        XML.appendEscaped(bytes, to: &escaped)
        escaped.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    private mutating func append(_ source: UnsafePointer<UInt8>, _ n: Int) {
        if count + n > capacity { grow(to: count + n) }
        (start + count).initialize(from: source, count: n)
        count += n
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: start, count: count)
        start.deallocate()
        start = bigger
        capacity = newCapacity
    }
}
