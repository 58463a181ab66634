/// A file as read from disk, before anything is parsed: where it is shown in messages, and its bytes.
/// Parsing works on these values, so every stage can be tested without files.
public struct SourceFile: Sendable {
    /// Path relative to the folder it was found in, with `/` separators (`over/toegang.md`).
    public var relativePath: String
    /// Path as messages show it (`content/over/toegang.md`).
    public var displayPath: String
    public var bytes: [UInt8]

    public init(relativePath: String, displayPath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.bytes = bytes
    }

    public init(relativePath: String, displayPath: String, text: String) {
        self.init(relativePath: relativePath, displayPath: displayPath, bytes: Array(text.utf8))
    }
}
