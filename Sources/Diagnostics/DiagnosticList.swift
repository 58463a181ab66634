/// All problems of one run, collected so that they can be reported together and the build fails once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    public mutating func append(contentsOf others: [Diagnostic]) {
        items.append(contentsOf: others)
    }

    public var errors: [Diagnostic] { sorted.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { sorted.filter { $0.severity == .warning } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file and position, then by message, so that output is the same on every run.
    public var sorted: [Diagnostic] {
        items.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    public var description: String { sorted.map(\.description).joined(separator: "\n") }

    /// The closing line `swc check` prints: `2 fouten, 1 waarschuwing`.
    public var summary: String {
        let e = errors.count, w = warnings.count
        return "\(e) \(e == 1 ? "fout" : "fouten"), \(w) \(w == 1 ? "waarschuwing" : "waarschuwingen")"
    }
}
