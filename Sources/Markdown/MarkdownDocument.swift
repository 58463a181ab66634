/// Markdown turned into HTML, with the headings it contains (for anchors and tables of contents).
public struct MarkdownDocument: Sendable, Equatable {
    /// Safe HTML: raw HTML from the source has been filtered out.
    public var html: String
    public var headings: [Heading]
}

/// A heading of a markdown document and the id its anchor gets.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String = ""

    public init(level: Int, text: String, id: String = "") {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A markdown list of links, such as the menu, with where each item stands in the source.
public struct LinkOutline: Sendable, Equatable {
    public struct Position: Sendable, Equatable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public struct Item: Sendable, Equatable {
        public var text: String
        public var url: String
        public var position: Position
        public var children: [Item]
    }

    /// What in the source is not a list of links.
    public enum Problem: Sendable, Equatable {
        case notAList(Position)
        case notALink(Position)
        case tooDeep(Position)
    }

    public var items: [Item] = []
    public var problems: [Problem] = []
}
