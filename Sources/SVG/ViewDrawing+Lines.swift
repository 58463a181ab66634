/// Connection lines: from border to border through the bendpoints, dashed or dotted and with the
/// arrowheads ArchiMate gives each relationship.
extension ViewDrawing {
    /// The arrowheads and line style of a relationship.
    struct LineStyle {
        var dashes: String?
        var start: Marker?
        var end: Marker?
    }

    /// One arrowhead, defined once per drawing in `<defs>`.
    enum Marker: String, CaseIterable {
        case filledDiamond, hollowDiamond, dot, filledArrow, openArrow, hollowTriangle

        var definition: String {
            switch self {
            case .filledDiamond: "viewBox=\"0 0 12 10\" refX=\"0\" refY=\"5\" markerWidth=\"12\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0 5L6 0L12 5L6 10Z\" fill=\"#000000\"/>"
            case .hollowDiamond: "viewBox=\"0 0 12 10\" refX=\"0\" refY=\"5\" markerWidth=\"12\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0 5L6 0L12 5L6 10Z\" fill=\"#ffffff\" stroke=\"#000000\"/>"
            case .dot: "viewBox=\"0 0 8 8\" refX=\"4\" refY=\"4\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><circle cx=\"4\" cy=\"4\" r=\"3\" fill=\"#000000\"/>"
            case .filledArrow: "viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0 0L10 5L0 10Z\" fill=\"#000000\"/>"
            case .openArrow: "viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0 0L10 5L0 10\" fill=\"none\" stroke=\"#000000\"/>"
            case .hollowTriangle: "viewBox=\"0 0 12 12\" refX=\"11\" refY=\"6\" markerWidth=\"12\" markerHeight=\"12\" orient=\"auto\"><path d=\"M1 1L11 6L1 11Z\" fill=\"#ffffff\" stroke=\"#000000\"/>"
            }
        }
    }

    static func style(_ kind: ViewConnection.Kind) -> LineStyle {
        switch kind {
        case .composition: LineStyle(start: .filledDiamond)
        case .aggregation: LineStyle(start: .hollowDiamond)
        case .assignment: LineStyle(start: .dot, end: .filledArrow)
        case .realization: LineStyle(dashes: "6 3", end: .hollowTriangle)
        case .serving: LineStyle(end: .openArrow)
        case .access: LineStyle(dashes: "2 2", end: .openArrow)
        case .influence: LineStyle(dashes: "6 3", end: .openArrow)
        case .triggering: LineStyle(end: .filledArrow)
        case .flow: LineStyle(dashes: "6 3", end: .filledArrow)
        case .specialization: LineStyle(end: .hollowTriangle)
        case .association, .plain: LineStyle()
        }
    }

    func drawConnections(idPrefix: String, into out: inout SVGBytes) {
        guard !connections.isEmpty else { return }
        let styles = connections.map { Self.style($0.kind) }
        let used = Set(styles.flatMap { [$0.start, $0.end].compactMap { $0 } })
        out.raw("<defs>")
        for marker in Marker.allCases where used.contains(marker) {
            out.raw("<marker id=\"\(idPrefix)-\(marker.rawValue)\" markerUnits=\"userSpaceOnUse\" \(marker.definition)</marker>")
        }
        out.raw("</defs><g fill=\"none\" stroke=\"#000000\">")
        for (connection, style) in zip(connections, styles) {
            let points = route(connection)
            out.raw("<path d=\"M")
            out.raw(points.map { "\(n($0.x)) \(n($0.y))" }.joined(separator: "L"))
            out.raw("\"")
            if let dashes = style.dashes { out.raw(" stroke-dasharray=\"\(dashes)\"") }
            if let start = style.start { out.raw(" marker-start=\"url(#\(idPrefix)-\(start.rawValue))\"") }
            if let end = style.end { out.raw(" marker-end=\"url(#\(idPrefix)-\(end.rawValue))\"") }
            if let tooltip = connection.tooltip {
                out.raw("><title>")
                out.text(tooltip)
                out.raw("</title></path>")
            } else {
                out.raw("/>")
            }
        }
        out.raw("</g>")
    }

    /// Source border, bendpoints, target border: each end where the line from the box's centre
    /// towards its neighbouring point leaves the box.
    public func route(_ connection: ViewConnection) -> [ViewPoint] {
        let source = boxes[connection.source], target = boxes[connection.target]
        let first = connection.bendpoints.first ?? Self.centre(target)
        let last = connection.bendpoints.last ?? Self.centre(source)
        return [Self.border(of: source, towards: first)] + connection.bendpoints + [Self.border(of: target, towards: last)]
    }

    static func centre(_ box: ViewBox) -> ViewPoint { ViewPoint(x: box.x + box.w / 2, y: box.y + box.h / 2) }

    static func border(of box: ViewBox, towards point: ViewPoint) -> ViewPoint {
        let c = centre(box)
        let dx = point.x - c.x, dy = point.y - c.y
        guard dx != 0 || dy != 0 else { return c }
        let tx = dx == 0 ? Double.infinity : (box.w / 2) / abs(dx)
        let ty = dy == 0 ? Double.infinity : (box.h / 2) / abs(dy)
        let t = min(1, tx, ty)
        return ViewPoint(x: c.x + dx * t, y: c.y + dy * t)
    }
}
