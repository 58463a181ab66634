/// The bytes of one file being written. Values are escaped unless a method says `raw`; raw is
/// only for what this module makes itself (identifiers, type names, numbers).
///
/// A buffer of its own rather than an array: a file is written in tens of thousands of pieces of a
/// few bytes each, and an array's checks on every append were a large part of what a file cost.
/// Not copyable, so the buffer has one owner and is freed once.
struct ByteWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    /// How many bytes are written so far.
    private(set) var count = 0
    private var capacity: Int
    /// False while writing into the array `file(capacity:_:)` hands out.
    private var ownsStorage = true
    /// `SmallNumbers.table`, held here so that each number does not check that it was made.
    private let smallNumbers = SmallNumbers.table

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        start = .allocate(capacity: self.capacity)
    }

    private init(over buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = buffer.baseAddress!
        capacity = buffer.count
        ownsStorage = false
    }

    deinit {
        if ownsStorage { start.deallocate() }
    }

    /// A whole file, written straight into the array that is returned, so its bytes are not
    /// copied once more at the end; `capacity` is best a little generous (pages never written cost
    /// nothing), since a file that outgrows it is moved once.
    static func file(capacity: Int, _ write: (inout ByteWriter) -> Void) -> [UInt8] {
        var moved: [UInt8]?
        let bytes = [UInt8](unsafeUninitializedCapacity: max(64, capacity)) { buffer, initialized in
            var out = ByteWriter(over: buffer)
            write(&out)
            if out.ownsStorage {
                moved = out.bytes
                initialized = 0
            } else {
                initialized = out.count
            }
        }
        return moved ?? bytes
    }

    /// What was written, as an array of its own.
    var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { buffer.baseAddress!.initialize(from: start, count: count) }
            initialized = count
        }
    }

    @inline(__always)
    mutating func raw(_ literal: StaticString) {
        append(literal.utf8Start, literal.utf8CodeUnitCount)
    }

    /// A name this module made itself (an identifier, an ArchiMate type), written as it is.
    /// Not called `raw`: a literal would pick a String overload over `StaticString`.
    @inline(__always)
    mutating func token(_ text: String) {
        var text = text
        text.withUTF8 { raw($0) }
    }

    @inline(__always)
    mutating func raw(_ other: [UInt8]) {
        other.withUnsafeBufferPointer { raw($0) }
    }

    @inline(__always)
    mutating func raw(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        append(base, buffer.count)
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        if count == capacity { grow(to: count + 1) }
        start[count] = value
        count += 1
    }

    /// An id spelled into an identifier (see `Identifier`).
    mutating func sanitised(_ id: String) {
        var id = id
        id.withUTF8 { utf8 in
            if utf8.allSatisfy(Identifier.isKept) {
                raw(utf8)
            } else {
                var bytes: [UInt8] = []
                Identifier.appendSanitised(utf8, to: &bytes)
                raw(bytes)
            }
        }
    }

    /// Text content, escaped.
    mutating func text(_ value: String) {
        XMLEscaping.append(value, to: &self, inAttribute: false)
    }

    /// An attribute value, escaped for double quotes.
    mutating func attribute(_ value: String) {
        XMLEscaping.append(value, to: &self, inAttribute: true)
    }

    /// A whole number in decimal, without making a String: coordinates are the hot path of large views.
    mutating func int(_ value: Int) {
        if count + 20 > capacity { grow(to: count + 20) }
        if value >= 0 {
            self.digits(value)
            return
        }
        if value < 0 {
            start[count] = 0x2D
            count += 1
        }
        var rest = value.magnitude
        // Coordinates have a few digits: count them by comparing rather than dividing.
        var digits = 1
        var limit: UInt = 10
        while rest >= limit && digits < 19 {
            digits += 1
            limit &*= 10
        }
        if digits == 19 && rest >= limit { digits = 20 }
        var at = count + digits
        repeat {
            at -= 1
            start[at] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    /// ` x="…" y="…" w="…" h="…"`, the attributes of every node of every view, with room made once
    /// for all of it rather than for each of its eight pieces.
    mutating func bounds(x: Int, y: Int, w: Int, h: Int) {
        if count + 96 > capacity { grow(to: count + 96) }
        put(0x223D_7820, 4)  // ` x="`
        digits(x)
        put(0x22_3D79_2022, 5)  // `" y="`, the quote closing x first
        digits(y)
        put(0x22_3D77_2022, 5)  // `" w="`
        digits(w)
        put(0x22_3D68_2022, 5)  // `" h="`
        digits(h)
        start[count] = 0x22
        count += 1
    }

    /// Up to eight bytes, the first in the lowest byte of `word`; room must be there.
    @inline(__always)
    private mutating func put(_ word: UInt64, _ n: Int) {
        UnsafeMutableRawPointer(start + count).storeBytes(of: word.littleEndian, as: UInt64.self)
        count += n
    }

    /// The decimal digits of `value`, or of 0 when it is negative; room must be there. Numbers below
    /// 10,000 (nearly every coordinate) are copied from `SmallNumbers`, one store for all digits.
    @inline(__always)
    private mutating func digits(_ value: Int) {
        if value >= 0 && value < smallNumbers.count {
            let packed = smallNumbers[value]
            UnsafeMutableRawPointer(start + count).storeBytes(of: UInt32(truncatingIfNeeded: packed).littleEndian, as: UInt32.self)
            count += Int(packed >> 32)
            return
        }
        var rest = UInt(max(0, value))
        var digits = 1
        var limit: UInt = 10
        while rest >= limit && digits < 19 {
            digits += 1
            limit &*= 10
        }
        if digits == 19 && rest >= limit { digits = 20 }
        var at = count + digits
        repeat {
            at -= 1
            start[at] = UInt8(truncatingIfNeeded: 0x30 &+ rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    /// A newline and one space per `level`, so that people can still follow the structure; views,
    /// the bulk of the larger files, are written with `newline()` and no indentation at all.
    @inline(__always)
    mutating func line(_ level: Int) {
        let spaces = min(max(0, level), 8)
        if count + 1 + spaces > capacity { grow(to: count + 1 + spaces) }
        start[count] = 0x0A
        for i in 0..<spaces { start[count + 1 + i] = 0x20 }
        count += 1 + spaces
    }

    @inline(__always)
    mutating func newline() {
        byte(0x0A)
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
        if ownsStorage { start.deallocate() }
        start = bigger
        capacity = newCapacity
        ownsStorage = true
    }
}

/// The digits of 0 to 9,999, each packed as its bytes (first digit lowest) with the count of
/// digits above them: made once, read for every coordinate of every view.
enum SmallNumbers {
    static let count = 10_000
    static let table: [UInt64] = (0..<count).map { n in
        var packed: UInt64 = 0
        for (i, digit) in String(n).utf8.enumerated() { packed |= UInt64(digit) << (8 * i) }
        return packed | UInt64(String(n).utf8.count) << 32
    }
}
