/// A small layered ("Sugiyama") layout for drawings of flows between boxes, left to right:
/// break cycles, give every box a column, route long lines through the columns between, order
/// each column to cut crossings, then place boxes near their neighbours. Plain geometry in and
/// out, nothing random: the same nodes and edges in the same order always give the same
/// drawing, and ties are decided by the order the caller gives (sort by name, then id).
public enum FlowLayout {
    /// A box to place. `inBand` boxes (landelijke voorzieningen) all go into one last column of
    /// their own, set apart from the rest.
    public struct Node: Sendable, Equatable {
        public var width: Double
        public var height: Double
        public var inBand: Bool

        public init(width: Double, height: Double, inBand: Bool = false) {
            self.width = width
            self.height = height
            self.inBand = inBand
        }
    }

    /// A line between two boxes, by their positions in the node list. Its direction only
    /// orients the layout (`from` left of `to` where the cycles allow); arrows are the drawing's.
    public struct Edge: Sendable, Equatable {
        public var from: Int
        public var to: Int

        public init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }

    /// A point of the drawing: the same point as a view drawing's.
    public typealias Point = ViewPoint

    /// Where everything went. `routes[i]` runs from edge i's `from` box to its `to` box (also
    /// when the layout turned the edge around), through the columns in between; a line from a
    /// box to itself is a small loop at its right side.
    public struct Result: Sendable, Equatable {
        /// Top-left corner of each box.
        public var positions: [Point]
        public var routes: [[Point]]
        /// The column of each box, 0 at the left.
        public var columns: [Int]
        public var width: Double
        public var height: Double
        /// The left edge of the band's column, when there are band boxes.
        public var bandX: Double?
    }

    /// Spacing of the drawing.
    public struct Spacing: Sendable, Equatable {
        public var margin = 16.0
        /// Room above the boxes for the column headings.
        public var top = 40.0
        public var columnGap = 90.0
        /// Extra room before the band's column.
        public var bandGap = 40.0
        public var rowGap = 14.0
        /// Vertical room a line passing through a column takes.
        public var passing = 8.0

        public init() {}
    }

    public static func layout(_ nodes: [Node], _ edges: [Edge], spacing: Spacing = Spacing()) -> Result {
        var graph = LayeredGraph(nodes, edges)
        graph.order()
        return graph.place(spacing)
    }
}
