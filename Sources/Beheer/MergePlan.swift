/// A merge worked out but not yet written: the new contents of every file that changes, and the
/// summary that says what changes. A dry run prints the summary; `write()` applies it.
public struct MergePlan: Sendable {
    /// One data file's new contents.
    public struct File: Sendable, Equatable {
        /// The file name in the data folder (`gebruik.json`).
        public let name: String
        /// Where it is written (`content/catalogus/gebruik.json`).
        public let path: String
        /// The whole file in the stable format.
        public let bytes: [UInt8]
    }

    /// The changed files in summary order; empty when the data is already merged.
    public let files: [File]
    /// Dutch, for the terminal: per file what changes, with counts and ids, then what to check.
    public let summary: String

    /// Nothing to do: everything was merged before.
    public var isEmpty: Bool { files.isEmpty }
}
