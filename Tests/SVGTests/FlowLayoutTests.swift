import SVG
import XCTest

final class FlowLayoutTests: XCTestCase {
    /// A landscape in miniature: a chain, a cycle, a box with lines to two band boxes, a pair.
    private let nodes = (0..<9).map { FlowLayout.Node(width: 100, height: 30, inBand: $0 >= 7) }
    private let edges = [
        FlowLayout.Edge(from: 0, to: 1), .init(from: 1, to: 2), .init(from: 2, to: 0), .init(from: 0, to: 3),
        .init(from: 3, to: 7), .init(from: 8, to: 1), .init(from: 4, to: 5), .init(from: 6, to: 6), .init(from: 5, to: 8),
    ]

    func testSameInputGivesTheSameLayout() {
        let first = FlowLayout.layout(nodes, edges)
        for _ in 0..<5 { XCTAssertEqual(FlowLayout.layout(nodes, edges), first) }
    }

    func testBandBoxesHaveTheLastColumnToThemselves() {
        let result = FlowLayout.layout(nodes, edges)
        let band = result.columns[7]
        XCTAssertEqual(result.columns[8], band)
        XCTAssertTrue(result.columns[0..<7].allSatisfy { $0 < band }, "\(result.columns)")
        XCTAssertNotNil(result.bandX)
        XCTAssertTrue(result.positions[0..<7].allSatisfy { $0.x + 100 < result.bandX! })
    }

    func testLinesRunLeftToRightAndBoxesNeverOverlap() {
        let result = FlowLayout.layout(nodes, edges)
        // Without the cycle's closing line every line goes to a column further right.
        for (i, e) in edges.enumerated() where e.from != e.to && i != 2 && !nodes[e.from].inBand {
            XCTAssertLessThan(result.columns[e.from], result.columns[e.to], "edge \(i)")
        }
        for a in nodes.indices {
            for b in nodes.indices where b > a && result.columns[a] == result.columns[b] {
                let (p, q) = (result.positions[a], result.positions[b])
                XCTAssertTrue(p.y + 30 <= q.y || q.y + 30 <= p.y, "boxes \(a) and \(b) overlap")
            }
        }
        for p in result.positions {
            XCTAssertTrue(p.x >= 0 && p.y >= 0 && p.x + 100 <= result.width && p.y + 30 <= result.height)
        }
    }

    func testRoutesStartAndEndAtTheirBoxes() {
        let result = FlowLayout.layout(nodes, edges)
        for (e, route) in zip(edges, result.routes) {
            guard let first = route.first, let last = route.last else { return XCTFail("no route") }
            XCTAssertTrue(touches(first, result.positions[e.from]), "\(e) starts at \(first)")
            XCTAssertTrue(touches(last, result.positions[e.to]), "\(e) ends at \(last)")
        }
    }

    func testLongLinesPassThroughTheColumnsBetween() {
        // 0 → 1 → 2 → 3 and 0 → 3: the long line gets points in columns 1 and 2.
        let chain = (0..<4).map { _ in FlowLayout.Node(width: 100, height: 30) }
        let result = FlowLayout.layout(chain, [.init(from: 0, to: 1), .init(from: 1, to: 2), .init(from: 2, to: 3), .init(from: 0, to: 3)])
        XCTAssertEqual(result.columns, [0, 1, 2, 3])
        XCTAssertEqual(result.routes[3].count, 6)
    }

    func testSpreadKeepsOrderAndGaps() {
        let result = FlowLayout.layout((0..<12).map { _ in FlowLayout.Node(width: 80, height: 20) },
                                       (1..<12).map { FlowLayout.Edge(from: 0, to: $0) })
        let ys = (1..<12).map { result.positions[$0].y }.sorted()
        for (a, b) in zip(ys, ys.dropFirst()) { XCTAssertGreaterThanOrEqual(b - a, 20 + 14 - 0.001) }
    }

    func testNoBoxesGivesAnEmptyDrawing() {
        let result = FlowLayout.layout([], [])
        XCTAssertTrue(result.positions.isEmpty && result.routes.isEmpty)
        XCTAssertNil(result.bandX)
    }

    private func touches(_ point: FlowLayout.Point, _ box: FlowLayout.Point) -> Bool {
        (point.x == box.x || point.x == box.x + 100) && point.y >= box.y && point.y <= box.y + 30
    }
}
