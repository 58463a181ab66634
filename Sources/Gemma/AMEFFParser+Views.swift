/// Views: `views/diagrams/view` with nested nodes and connections. Viewpoints are skipped.
extension AMEFFParser {
    mutating func readViews() throws(ReadFailure) {
        while let child = try nextChild() {
            guard tokenizer.localName(child, is: "diagrams") else {
                try skipElement()
                continue
            }
            while let diagram = try nextChild() {
                if tokenizer.localName(diagram, is: "view") {
                    model.views.append(try readView())
                } else {
                    try skipElement()
                }
            }
        }
    }

    private mutating func readView() throws(ReadFailure) -> RawView {
        var view = RawView(identifier: tokenizer.attributeValue("identifier") ?? "", offset: tokenizer.eventOffset)
        while let child = try nextChild() {
            if tokenizer.localName(child, is: "name") && view.name.isEmpty {
                view.name = try readText()
            } else if tokenizer.localName(child, is: "documentation") && view.documentation.isEmpty {
                view.documentation = try readText()
            } else if tokenizer.localName(child, is: "properties") {
                view.properties += try readProperties()
            } else if tokenizer.localName(child, is: "node") {
                try readNode(parent: nil, into: &view.nodes)
            } else if tokenizer.localName(child, is: "connection") {
                view.connections.append(try readConnection())
            } else {
                try skipElement()
            }
        }
        return view
    }

    /// Appends the node and then, depth first, the nodes nested in it.
    private mutating func readNode(parent: String?, into nodes: inout [RawNode]) throws(ReadFailure) {
        let index = nodes.count
        nodes.append(RawNode(
            identifier: tokenizer.attributeValue("identifier") ?? "",
            type: xsiType() ?? "",
            elementRef: tokenizer.attributeValue("elementRef"),
            x: tokenizer.attributeInt("x"), y: tokenizer.attributeInt("y"),
            w: tokenizer.attributeInt("w"), h: tokenizer.attributeInt("h"),
            parent: parent,
            offset: tokenizer.eventOffset))
        while let child = try nextChild() {
            if tokenizer.localName(child, is: "label") && nodes[index].label.isEmpty {
                nodes[index].label = try readText()
            } else if tokenizer.localName(child, is: "node") {
                try readNode(parent: nodes[index].identifier, into: &nodes)
            } else if tokenizer.localName(child, is: "viewRef") {
                nodes[index].viewRef = tokenizer.attributeValue("ref")
                try skipElement()
            } else if tokenizer.localName(child, is: "style") {
                let style = try readStyle()
                (nodes[index].fillColor, nodes[index].lineColor) = (style.fill, style.line)
                (nodes[index].fontSize, nodes[index].fontColor) = (style.fontSize, style.fontColor)
            } else {
                try skipElement()
            }
        }
    }

    /// `<style>`: fill and line colour, and the font's size and colour (`<font size="9"><color …/></font>`).
    private mutating func readStyle() throws(ReadFailure) -> NodeStyle {
        var style = NodeStyle()
        while let child = try nextChild() {
            if tokenizer.localName(child, is: "fillColor") {
                style.fill = color()
            } else if tokenizer.localName(child, is: "lineColor") {
                style.line = color()
            } else if tokenizer.localName(child, is: "font") {
                style.fontSize = tokenizer.attributeInt("size")
                while let part = try nextChild() {
                    if tokenizer.localName(part, is: "color") { style.fontColor = color() }
                    try skipElement()
                }
                continue
            }
            try skipElement()
        }
        return style
    }

    private func color() -> GemmaColor? {
        guard let r = tokenizer.attributeInt("r"), let g = tokenizer.attributeInt("g"),
              let b = tokenizer.attributeInt("b") else { return nil }
        return GemmaColor(r: r, g: g, b: b, alpha: tokenizer.attributeInt("a") ?? 100)
    }

    private mutating func readConnection() throws(ReadFailure) -> RawConnection {
        var connection = RawConnection(
            identifier: tokenizer.attributeValue("identifier") ?? "",
            type: xsiType() ?? "",
            relationshipRef: tokenizer.attributeValue("relationshipRef"),
            source: tokenizer.attributeValue("source") ?? "",
            target: tokenizer.attributeValue("target") ?? "",
            offset: tokenizer.eventOffset)
        while let child = try nextChild() {
            if tokenizer.localName(child, is: "bendpoint"),
               let x = tokenizer.attributeInt("x"), let y = tokenizer.attributeInt("y") {
                connection.bendpoints.append(GemmaPoint(x: x, y: y))
            }
            try skipElement()
        }
        return connection
    }
}

/// What a node's `<style>` sets.
struct NodeStyle {
    var fill: GemmaColor?
    var line: GemmaColor?
    var fontSize: Int?
    var fontColor: GemmaColor?
}
