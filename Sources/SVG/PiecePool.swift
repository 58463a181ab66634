/// A stretch of a byte pool: markup made once and copied into many drawings. `text` is the
/// position of the same markup as a ready `String` in the pool's `strings` when it is not all
/// ASCII (-1 when it is).
struct Piece: Sendable {
    var start: Int
    var end: Int
    var text: Int
}

/// Bytes gathered into one array, handed out as pieces; pieces that are not all ASCII are kept
/// as strings too, so text assembled from them needs no slow UTF-8 check (`TextAssembly`).
struct PiecePool: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var strings: [String] = []

    mutating func add(_ more: [UInt8]) -> Piece {
        let start = bytes.count
        bytes += more
        var text = -1
        if more.contains(where: { $0 >= 0x80 }) {
            text = strings.count
            strings.append(String(decoding: more, as: UTF8.self))
        }
        return Piece(start: start, end: bytes.count, text: text)
    }

    /// The text of a piece.
    func text(_ piece: Piece) -> String { String(decoding: bytes[piece.start..<piece.end], as: UTF8.self) }
}

/// Text put together from pieces: runs of ASCII bytes are turned into text at once (checking
/// ASCII for UTF-8 is a fast word-by-word scan, while any other byte makes the whole buffer take
/// the slow path), and pieces with other characters are added as the strings they already are.
struct TextAssembly {
    private var text = ""
    private var run: [UInt8] = []

    init(capacity: Int) {
        text.reserveCapacity(capacity)
        run.reserveCapacity(min(capacity, 8192))
    }

    /// A piece of `bytes` (a pool's bytes) whose pool has `strings`.
    @inline(__always)
    mutating func add(_ piece: Piece, _ bytes: UnsafeBufferPointer<UInt8>, _ strings: [String]) {
        if piece.text < 0 {
            run.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[piece.start..<piece.end]))
        } else {
            flush()
            text.append(strings[piece.text])
        }
    }

    /// Markup written by trusted code (escaped already); any UTF-8 is right, ASCII is fast.
    mutating func add(_ markup: String) { run.append(contentsOf: markup.utf8) }

    mutating func add(_ markup: [UInt8]) {
        if markup.contains(where: { $0 >= 0x80 }) {
            flush()
            text.append(String(decoding: markup, as: UTF8.self))
        } else {
            run.append(contentsOf: markup)
        }
    }

    private mutating func flush() {
        guard !run.isEmpty else { return }
        text.append(String(decoding: run, as: UTF8.self))
        run.removeAll(keepingCapacity: true)
    }

    mutating func finish() -> String {
        flush()
        return text
    }
}

/// Markup as text, for an HTML page.
public enum SVGText {
    /// `bytes` (valid UTF-8, as every drawing writes) as a string: runs of ASCII decoded on their
    /// own, where the UTF-8 check is a fast word scan, and the few other characters apart, so a
    /// drawing with an arrow or an accent does not send all of its bytes down the slow path.
    public static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { all in
            guard all.contains(where: { $0 >= 0x80 }) else { return String(decoding: all, as: UTF8.self) }
            var text = ""
            text.reserveCapacity(all.count)
            var start = 0, i = 0
            while i < all.count {
                guard all[i] >= 0x80 else {
                    i += 1
                    continue
                }
                var end = i
                while end < all.count && all[end] >= 0x80 { end += 1 }
                if start < i { text.append(String(decoding: UnsafeBufferPointer(rebasing: all[start..<i]), as: UTF8.self)) }
                text.append(String(decoding: UnsafeBufferPointer(rebasing: all[i..<end]), as: UTF8.self))
                start = end
                i = end
            }
            if start < all.count { text.append(String(decoding: UnsafeBufferPointer(rebasing: all[start...]), as: UTF8.self)) }
            return text
        }
    }
}
