import XCTest

/// Boxes of a view as read back, for checks that nothing overlaps and children stay inside.
struct Box: Equatable {
    var x: Int, y: Int, w: Int, h: Int

    init(_ node: ExchangeFile.Node) {
        x = Int(node.attributes["x"] ?? "") ?? -1
        y = Int(node.attributes["y"] ?? "") ?? -1
        w = Int(node.attributes["w"] ?? "") ?? -1
        h = Int(node.attributes["h"] ?? "") ?? -1
    }

    func overlaps(_ other: Box) -> Bool {
        x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h
    }

    func contains(_ other: Box) -> Bool {
        other.x >= x && other.y >= y && other.x + other.w <= x + w && other.y + other.h <= y + h
    }
}

/// Fails for any two siblings that overlap or any node that sticks out of its parent, at every level.
func assertReadable(_ nodes: [ExchangeFile.Node], parent: Box? = nil, file: StaticString = #filePath, line: UInt = #line) {
    let boxes = nodes.map(Box.init)
    for (i, box) in boxes.enumerated() {
        XCTAssertTrue(box.x >= 0 && box.y >= 0 && box.w > 0 && box.h > 0, "bounds of \(nodes[i].attributes["identifier"]!)", file: file, line: line)
        if let parent { XCTAssertTrue(parent.contains(box), "\(nodes[i].attributes["identifier"]!) sticks out of its parent", file: file, line: line) }
        for j in boxes.indices where j > i && box.overlaps(boxes[j]) {
            XCTFail("\(nodes[i].attributes["identifier"]!) overlaps \(nodes[j].attributes["identifier"]!)", file: file, line: line)
        }
        assertReadable(nodes[i].all("node"), parent: box, file: file, line: line)
    }
}
