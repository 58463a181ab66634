extension ViewOverlay {
    /// A name to write in boxes, measured, escaped and cut once per build (an applicatie is named
    /// on hundreds of organisations' pages): per room of `rooms`, whether it fits and its line.
    public struct Name: Sendable {
        /// The whole name, escaped for SVG text.
        public let escaped: String
        /// Per room: whether the whole name fits.
        let fits: [Bool]
        /// Per room: the name as drawn there (cut with "…" when it does not fit), escaped, with `</text>`.
        let lines: [String]

        public init(_ name: String, rooms: [Double]) {
            var bytes = SVGBytes()
            bytes.text(name)
            escaped = String(decoding: bytes.bytes, as: UTF8.self)
            let width = TextFit.width(name, fontSize: ViewOverlay.fontSize)
            fits = rooms.map { width <= $0 }
            let whole = escaped + "</text>"
            guard fits.contains(false) else {
                lines = Array(repeating: whole, count: rooms.count)
                return
            }
            let measure = Measure(name)
            lines = rooms.map { room in width <= room ? whole : measure.cut(room) + "</text>" }
        }

        /// `name` cut to `room` as `TextFit.line` cuts it, escaped (for tests and one-off use).
        static func fitted(_ name: String, room: Double) -> String {
            TextFit.width(name, fontSize: ViewOverlay.fontSize) <= room ? SVGEscaping.text(name) : Measure(name).cut(room)
        }
    }

    /// What it takes to cut a name with "…" exactly as `TextFit.ellipsis` does, for several widths
    /// without walking the text again: per Unicode scalar the byte offset after it and the width
    /// up to and with it, summed scalar by scalar as `TextFit.ellipsis` sums.
    private struct Measure {
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

    /// One box's names, in the order they are listed, with the tooltip that names them all.
    public struct Names: Sendable {
        let names: [Name]
        /// "name, name, …" for the tooltip, escaped.
        let tooltip: String

        public var count: Int { names.count }

        public init(_ names: [Name]) {
            self.names = names
            if names.count == 1 {
                tooltip = names[0].escaped
            } else {
                var tooltip = ""
                for (k, name) in names.enumerated() {
                    if k > 0 { tooltip.append(", ") }
                    tooltip.append(name.escaped)
                }
                self.tooltip = tooltip
            }
        }

        /// Names measured on the spot for the rooms of `overlay`, for tests and one-off drawings.
        public init(_ names: [String], for overlay: ViewOverlay) { self.init(names.map { Name($0, rooms: overlay.rooms) }) }
    }
}
