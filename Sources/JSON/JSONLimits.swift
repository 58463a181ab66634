/// Bounds that keep a hostile or broken file from costing unbounded memory or stack.
public struct JSONLimits: Sendable {
    /// The longest string value or key, in UTF-8 bytes after decoding escapes.
    public var maxStringBytes: Int = 1_048_576
    /// How many arrays and objects may be nested inside each other; values above `depthCeiling` count as
    /// `depthCeiling`, because the reader recurses once per level.
    public var maxDepth: Int = 64

    /// The deepest nesting the reader accepts whatever `maxDepth` says; well within a thread's stack.
    public static let depthCeiling = 512

    /// 1 MB strings, 64 levels.
    public static let standard = JSONLimits()

    /// Limits other than the standard ones, e.g. small ones in tests.
    public init(maxStringBytes: Int = 1_048_576, maxDepth: Int = 64) {
        self.maxStringBytes = maxStringBytes
        self.maxDepth = maxDepth
    }
}
