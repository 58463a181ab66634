/// What `swc merge` merges: organisaties (herindelingen, fusies) or applicaties (duplicates).
public enum MergeKind: String, Sendable, CaseIterable {
    case organisaties, applicaties

    /// The data file that holds the objects to merge.
    var fileName: String { "\(rawValue).json" }
}
