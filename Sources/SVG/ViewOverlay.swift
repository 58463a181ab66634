/// Names written over a view drawing that is shown beneath it as a picture: for one
/// organisation, what it has in each box. Only the boxes with names are written, so an
/// organisation's view costs a few kilobytes instead of a whole drawing. Everything that is the
/// same for every organisation (the opening, links, positions, the box's name) is written once
/// per view in `init`, and every name once per build (`NameTable`); `svg` only copies pieces.
public struct ViewOverlay: Sendable {
    /// A box names can be written in.
    public struct Target: Sendable {
        public var slot: ViewRect
        public var link: String?
        /// The box's name: the tooltip, with "name, name, …" after it when not all names fit.
        public var label: String

        public init(slot: ViewRect, link: String?, label: String) {
            self.slot = slot
            self.link = link
            self.label = label
        }

        /// How wide a name in this box may be.
        public var room: Double { slot.w - 6 }
    }

    /// A target's pieces of `pool`: `<a href…><title>label` … `</title><rect…/></a>`, and its lines' `<text…>`.
    private struct Prepared: Sendable {
        /// Head and body together, for a box whose names all show in full.
        var plain: Piece
        /// The head with ": " after it, for a tooltip that lists the names.
        var named: Piece
        var body: Piece
        /// Its lines in `lines`.
        var firstLine: Int
        var lineCount: Int
        /// Position of the box's room in the name table's rooms.
        var room: Int
    }

    static let fontSize = 11.0
    static let lineHeight = 13.0

    public let width: Double
    public let height: Double
    private let opening: [UInt8]
    private let pool: PiecePool
    private let lines: [Piece]
    private let prepared: [Prepared]

    /// `rooms` must hold the room of every target (`rooms(_:)` of all views' targets), as the
    /// name table the overlay is written with does.
    public init(width: Double, height: Double, idPrefix: String, targets: [Target], rooms: [Double]) {
        self.width = width
        self.height = height
        var opening = SVGBytes(capacity: 256)
        ViewDrawing.openTitle(&opening, width: width, height: height, idPrefix: idPrefix, role: nil)
        self.opening = opening.bytes
        let n = SVGNumber.format
        let roomIndex = Dictionary(rooms.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var pool = PiecePool(), lines: [Piece] = []
        prepared = targets.map { target in
            let s = target.slot
            var head = SVGBytes()
            if let link = target.link {
                head.raw("<a")
                head.attribute("href", link)
                head.raw(">")
            } else {
                head.raw("<g>")
            }
            head.raw("<title>")
            head.text(target.label)
            var body = SVGBytes()
            body.raw("</title><rect x=\"\(n(s.x))\" y=\"\(n(s.y))\" width=\"\(n(s.w))\" height=\"\(n(s.h))\"/>")
            body.raw(target.link == nil ? "</g>" : "</a>")
            // The first line needs 14 px (baseline at 11 plus descent), every next one 13.
            let count = s.h < 14 ? 0 : max(1, Int(((s.h - 14) / Self.lineHeight).rounded(.down)) + 1)
            let firstLine = lines.count
            for i in 0..<count {
                lines.append(pool.add(Array("<text x=\"\(n(s.x + 3))\" y=\"\(n(s.y + 11 + Double(i) * Self.lineHeight))\">".utf8)))
            }
            return Prepared(plain: pool.add(head.bytes + body.bytes), named: pool.add(head.bytes + Array(": ".utf8)),
                            body: pool.add(body.bytes), firstLine: firstLine, lineCount: count, room: roomIndex[target.room] ?? 0)
        }
        self.pool = pool
        self.lines = lines
    }

    /// The distinct rooms of `targets`, sorted: what a `NameTable` is measured for.
    public static func rooms(_ targets: [Target]) -> [Double] {
        Set(targets.map(\.room)).sorted()
    }

    /// An `<svg>` of the view's size with, for each `(target, names)` of `items` (in target
    /// order), the names `lists[names]` (numbers in `table`, in the order to show) in that target.
    /// Names that do not fit end in "…", and a box with more names than lines says how many more;
    /// the tooltip always has them all. Text, ready for an HTML page.
    public func svg(title: String, items: [(target: Int, names: Int)], lists: [[Int]], table: NameTable) -> String {
        var out = TextAssembly(capacity: opening.count + 256 + items.count * 480)
        out.add(opening)
        var escaped = SVGBytes(capacity: 128)
        escaped.text(title)
        out.add(escaped.bytes)
        // Paint shared on two groups, so each box costs only its position and names: the boxes
        // (links, with every name in their tooltip), then the names over them, letting clicks through.
        // One pass over the items for each group, straight into one text.
        out.add("</title><g font-family=\"Segoe UI, Arial, sans-serif\" font-size=\"11\"><g fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#1f3f73\">")
        let (strings, nameStrings) = (pool.strings, table.pool.strings)
        pool.bytes.withUnsafeBufferPointer { pool in
            table.pool.bytes.withUnsafeBufferPointer { names in
                for (i, n) in items where prepared.indices.contains(i) && !lists[n].isEmpty && prepared[i].lineCount > 0 {
                    let target = prepared[i], all = lists[n]
                    let shown = Self.shown(all.count, lines: target.lineCount)
                    // The names go into the tooltip only when the box cannot show them all in full.
                    if shown < all.count || (0..<shown).contains(where: { !table.fits(all[$0], room: target.room) }) {
                        out.add(target.named, pool, strings)
                        for (k, name) in all.enumerated() {
                            if k > 0 { out.add(", ") }
                            out.add(table.escaped[name], names, nameStrings)
                        }
                        out.add(target.body, pool, strings)
                    } else {
                        out.add(target.plain, pool, strings)
                    }
                }
                out.add("</g><g fill=\"#10253f\" pointer-events=\"none\">")
                for (i, n) in items where prepared.indices.contains(i) && !lists[n].isEmpty && prepared[i].lineCount > 0 {
                    let target = prepared[i], all = lists[n]
                    let shown = Self.shown(all.count, lines: target.lineCount)
                    if shown == 0 {
                        out.add(lines[target.firstLine], pool, strings)
                        out.add("\(all.count) applicaties</text>")
                        continue
                    }
                    for k in 0..<shown {
                        out.add(lines[target.firstLine + k], pool, strings)
                        out.add(table.line(all[k], room: target.room), names, nameStrings)
                    }
                    if shown < all.count {
                        out.add(lines[target.firstLine + shown], pool, strings)
                        out.add("+ \(all.count - shown) meer</text>")
                    }
                }
            }
        }
        out.add("</g></g></svg>")
        return out.finish()
    }

    /// How many of `count` names a box with `lines` lines shows by name: all when they fit, else
    /// one line less (for "+ n meer"), and none in a box of one line (it says how many).
    private static func shown(_ count: Int, lines: Int) -> Int {
        count > lines ? (lines == 1 ? 0 : lines - 1) : count
    }
}
