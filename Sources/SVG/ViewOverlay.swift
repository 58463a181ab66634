/// Names written over a view drawing that is shown beneath it as a picture: for one
/// organisation, what it has in each box. Only the boxes with names are written, so an
/// organisation's view costs a few kilobytes instead of a whole drawing. Everything that is the
/// same for every organisation (the opening, links, positions, the box's name) is written once
/// per view in `init`, and every name once per build (`Name`); `svg` only joins the pieces.
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

    /// A target as text: `<a href…><title>label` … `</title><rect…/></a>`, and per line its `<text…>`.
    private struct Prepared: Sendable {
        /// Head and body together, for a box whose names all show in full.
        var plain: String
        /// The head with ": " after it, for a tooltip that lists the names.
        var named: String
        var body: String
        var lines: [String]
        /// Position of the box's room in `rooms`.
        var room: Int
    }

    static let fontSize = 11.0
    static let lineHeight = 13.0

    public let width: Double
    public let height: Double
    /// The widths names are cut to (`Name` is measured for each), shared by the views of a build.
    public let rooms: [Double]
    private let opening: String
    private let prepared: [Prepared]

    /// `rooms` must hold the room of every target (`rooms(_:)` of all views' targets).
    public init(width: Double, height: Double, idPrefix: String, targets: [Target], rooms: [Double]) {
        self.width = width
        self.height = height
        self.rooms = rooms
        var opening = SVGBytes(capacity: 256)
        ViewDrawing.openTitle(&opening, width: width, height: height, idPrefix: idPrefix, role: nil)
        self.opening = String(decoding: opening.bytes, as: UTF8.self)
        let n = SVGNumber.format
        let roomIndex = Dictionary(rooms.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
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
            let body = "</title><rect x=\"\(n(s.x))\" y=\"\(n(s.y))\" width=\"\(n(s.w))\" height=\"\(n(s.h))\"/>"
                + (target.link == nil ? "</g>" : "</a>")
            let start = String(decoding: head.bytes, as: UTF8.self)
            // The first line needs 14 px (baseline at 11 plus descent), every next one 13.
            let room = s.h < 14 ? 0 : max(1, Int(((s.h - 14) / Self.lineHeight).rounded(.down)) + 1)
            let lines = (0..<room).map { i in "<text x=\"\(n(s.x + 3))\" y=\"\(n(s.y + 11 + Double(i) * Self.lineHeight))\">" }
            return Prepared(plain: start + body, named: start + ": ", body: body, lines: lines,
                            room: roomIndex[target.room] ?? 0)
        }
    }

    /// The distinct rooms of `targets`, sorted: what `Name`s are measured for.
    public static func rooms(_ targets: [Target]) -> [Double] {
        Set(targets.map(\.room)).sorted()
    }

    /// An `<svg>` of the view's size with, for each `(target, names)` of `items` (in target
    /// order), the names `lists[names]` in that target. Names that do not fit end in "…", and a
    /// box with more names than lines says how many more; the tooltip always has them all.
    /// Text, ready for an HTML page.
    public func svg(title: String, items: [(target: Int, names: Int)], lists: [Names]) -> String {
        var out = opening
        out.reserveCapacity(opening.utf8.count + 256 + items.count * 200)
        var escaped = SVGBytes(capacity: 128)
        escaped.text(title)
        out.append(String(decoding: escaped.bytes, as: UTF8.self))
        // Paint shared on two groups, so each box costs only its position and names: the boxes
        // (links, with every name in their tooltip), then the names over them, letting clicks through.
        out.append("</title><g font-family=\"Segoe UI, Arial, sans-serif\" font-size=\"11\"><g fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#1f3f73\">")
        var texts = ""
        texts.reserveCapacity(items.count * 120)
        for (i, n) in items where prepared.indices.contains(i) && lists[n].count > 0 && !prepared[i].lines.isEmpty {
            let all = lists[n].names
            let room = prepared[i].lines.count, r = prepared[i].room
            let shown = all.count > room ? (room == 1 ? 0 : room - 1) : all.count
            // The names go into the tooltip only when the box cannot show them all in full.
            if shown < all.count || (0..<shown).contains(where: { !all[$0].fits[r] }) {
                out.append(prepared[i].named)
                out.append(lists[n].tooltip)
                out.append(prepared[i].body)
            } else {
                out.append(prepared[i].plain)
            }
            if shown == 0 {
                texts.append(prepared[i].lines[0])
                texts.append("\(all.count) applicaties</text>")
                continue
            }
            for k in 0..<shown {
                texts.append(prepared[i].lines[k])
                texts.append(all[k].lines[r])
            }
            if shown < all.count {
                texts.append(prepared[i].lines[shown])
                texts.append("+ \(all.count - shown) meer</text>")
            }
        }
        out.append("</g><g fill=\"#10253f\" pointer-events=\"none\">")
        out.append(texts)
        out.append("</g></g></svg>")
        return out
    }
}
