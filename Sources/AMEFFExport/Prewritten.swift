/// Parts of a file written once for several files of one organisation: its landscape is in its
/// landschap file and in its architecture file, its koppelingen in two as well. Writing the
/// relationships and views once and copying their bytes keeps the second file at the cost of a copy.
struct Prewritten: Sendable {
    /// Elements in file order (by kind, then identifier), each once.
    var elements: [ElementFragment] = []
    /// Relationships in file order.
    var relations = WrittenRelations()
    var views: [WrittenView] = []

    /// Everything of both, each element and relationship once, still in file order.
    func merged(with other: Prewritten) -> Prewritten {
        Prewritten(elements: Self.merge(elements, other.elements), relations: relations.merged(with: other.relations), views: views + other.views)
    }

    /// Two lists in file order as one, each element once.
    static func merge(_ a: [ElementFragment], _ b: [ElementFragment]) -> [ElementFragment] {
        var result: [ElementFragment] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && Concepts.inFileOrder(a[i], b[j])) {
                result.append(a[i])
                i += 1
            } else if i == a.count || Concepts.inFileOrder(b[j], a[i]) {
                result.append(b[j])
                j += 1
            } else {  // the same element in both
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}

/// Relationships as written, in file order: one buffer, where each ends, and each one's order.
struct WrittenRelations: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `ends[k]`: where relationship `k` ends in `bytes`.
    private(set) var ends: [Int] = []
    /// `Relation.order` of each, ascending; equal orders are the same relationship.
    private(set) var orders: [UInt64] = []
    private(set) var keys = PropertyKeys()

    init() {}

    /// `relations` in file order, written by `index`.
    init(_ relations: [Relation], _ index: AMEFFExport.Index) {
        var keys = PropertyKeys()
        var ends: [Int] = []
        ends.reserveCapacity(relations.count)
        var out = ByteWriter(capacity: relations.count * 260 + 64)
        for relation in relations {
            index.write(relation, &out, &keys)
            ends.append(out.count)
        }
        self.bytes = out.bytes
        self.ends = ends
        orders = relations.map(\.order)
        self.keys = keys
    }

    var isEmpty: Bool { orders.isEmpty }

    func write(_ out: inout ByteWriter) {
        out.raw(bytes)
    }

    /// Both lists as one in file order, a relationship in both once.
    func merged(with other: WrittenRelations) -> WrittenRelations {
        guard !other.isEmpty else { return self }
        guard !isEmpty else { return other }
        var result = WrittenRelations()
        result.bytes.reserveCapacity(bytes.count + other.bytes.count)
        result.keys = keys
        result.keys.formUnion(other.keys)
        var i = 0, j = 0
        func take(_ list: WrittenRelations, _ k: Int) {
            let start = k == 0 ? 0 : list.ends[k - 1]
            result.bytes.append(contentsOf: list.bytes[start..<list.ends[k]])
            result.ends.append(result.bytes.count)
            result.orders.append(list.orders[k])
        }
        while i < orders.count || j < other.orders.count {
            if j == other.orders.count || (i < orders.count && orders[i] < other.orders[j]) {
                take(self, i)
                i += 1
            } else if i == orders.count || other.orders[j] < orders[i] {
                take(other, j)
                j += 1
            } else {
                take(self, i)
                i += 1
                j += 1
            }
        }
        return result
    }
}

/// One of this module's own views written once: everything but its identifier, which names the file's model.
struct WrittenView: Sendable {
    let kind: DrawnView.Kind
    let name: String
    /// Nodes and connections, through `</view>`.
    let body: [UInt8]
}
