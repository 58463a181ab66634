extension ViewOverlay {
    /// The names to write in boxes, measured, escaped and cut once per build (an applicatie is
    /// named on hundreds of organisations' pages): per name its escaped text, and per room of
    /// `rooms` whether it fits and its line (cut with "…" as `TextFit.line` cuts, with `</text>`).
    /// Names are referred to by their position in the list given.
    public struct NameTable: Sendable {
        public let rooms: [Double]
        private(set) var pool = PiecePool()
        private(set) var escaped: [Piece] = []
        /// Per name × room (`name * rooms.count + room`).
        private var lines: [Piece] = []
        private var fitting: [Bool] = []

        public init(_ names: [String], rooms: [Double]) {
            self.rooms = rooms
            var pool = PiecePool()
            for name in names {
                var bytes = SVGBytes()
                bytes.text(name)
                escaped.append(pool.add(bytes.bytes))
                let width = TextFit.width(name, fontSize: ViewOverlay.fontSize)
                let whole = pool.add(bytes.bytes + Array("</text>".utf8))
                let measure = rooms.contains { width > $0 } ? Measure(name) : nil
                for room in rooms {
                    fitting.append(width <= room)
                    if width <= room { lines.append(whole) } else if let measure {
                        lines.append(pool.add(Array((measure.cut(room) + "</text>").utf8)))
                    }
                }
            }
            self.pool = pool
        }

        public var count: Int { escaped.count }

        func fits(_ name: Int, room: Int) -> Bool { fitting[name * rooms.count + room] }
        func line(_ name: Int, room: Int) -> Piece { lines[name * rooms.count + room] }

        /// The text of a piece, for tests.
        func text(_ piece: Piece) -> String { pool.text(piece) }
    }

    /// What it takes to cut a name with "…" exactly as `TextFit.ellipsis` does, for several widths
    /// without walking the text again: per Unicode scalar the byte offset after it and the width
    /// up to and with it, summed scalar by scalar as `TextFit.ellipsis` sums.
    struct Measure {
        let utf8: [UInt8]
        var ends: [Int] = []
        var advance: [Double] = []

        init(_ name: String) {
            utf8 = Array(name.utf8)
            var offset = 0, used = 0.0
            for scalar in name.unicodeScalars {
                offset += UTF8.width(scalar)
                used += TextFit.advance(scalar, fontSize: ViewOverlay.fontSize)
                ends.append(offset)
                advance.append(used)
            }
        }

        /// The scalars before the first whose running width passes the room left beside "…"
        /// (the running widths only grow, so a binary search finds it), trailing spaces off, escaped, "…".
        func cut(_ room: Double) -> String {
            let limit = room - Self.ellipsisWidth
            var low = 0, high = advance.count
            while low < high {
                let middle = (low + high) / 2
                if advance[middle] > limit { high = middle } else { low = middle + 1 }
            }
            var kept = low
            // A byte 0x20 ends no scalar but a space.
            while kept > 0, utf8[ends[kept - 1] - 1] == UInt8(ascii: " ") { kept -= 1 }
            var cut = SVGBytes()
            cut.text(utf8: utf8[0..<(kept == 0 ? 0 : ends[kept - 1])])
            return String(decoding: cut.bytes, as: UTF8.self) + "…"
        }

        static let ellipsisWidth = TextFit.width("…", fontSize: ViewOverlay.fontSize)
    }
}
