extension ViewOverlay {
    /// A name to write in boxes, measured and escaped once per build (an applicatie is named on
    /// hundreds of organisations' pages): its escaped text and width, and what it takes to cut it
    /// to any box's width with "…" exactly as `TextFit.ellipsis` does, without walking the text again.
    public struct Name: Sendable {
        /// The whole name, escaped for SVG text.
        public let escaped: String
        /// `TextFit.width` of the name at the overlay's font size.
        let width: Double
        private let utf8: [UInt8]
        /// Per Unicode scalar: the byte offset after it, and the width of the name up to and with it,
        /// summed scalar by scalar as `TextFit.ellipsis` sums.
        private let ends: [Int32]
        private let advance: [Double]

        public init(_ name: String) {
            var bytes = SVGBytes()
            bytes.text(name)
            escaped = String(decoding: bytes.bytes, as: UTF8.self)
            width = TextFit.width(name, fontSize: ViewOverlay.fontSize)
            utf8 = Array(name.utf8)
            var ends: [Int32] = [], advance: [Double] = []
            var offset = 0, used = 0.0
            for scalar in name.unicodeScalars {
                offset += UTF8.width(scalar)
                used += TextFit.advance(scalar, fontSize: ViewOverlay.fontSize)
                ends.append(Int32(offset))
                advance.append(used)
            }
            self.ends = ends
            self.advance = advance
        }

        /// The name as drawn in a box `room` wide, escaped: whole when it fits, else cut with "…".
        func fitted(_ room: Double, into out: inout String) {
            guard width > room else {
                out.append(escaped)
                return
            }
            // TextFit.ellipsis keeps the scalars before the first whose running width passes
            // the room left beside "…"; the running widths only grow, so a binary search finds it.
            let limit = room - Name.ellipsisWidth
            var low = 0, high = advance.count
            while low < high {
                let middle = (low + high) / 2
                if advance[middle] > limit { high = middle } else { low = middle + 1 }
            }
            var kept = low
            // Trailing spaces go; a byte 0x20 ends no scalar but a space.
            while kept > 0, utf8[Int(ends[kept - 1]) - 1] == UInt8(ascii: " ") { kept -= 1 }
            var cut = SVGBytes()
            cut.text(utf8: utf8[0..<(kept == 0 ? 0 : Int(ends[kept - 1]))])
            out.append(String(decoding: cut.bytes, as: UTF8.self))
            out.append("…")
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

        /// Names measured on the spot, for tests and one-off drawings.
        public init(_ names: [String]) { self.init(names.map(Name.init)) }
    }
}
