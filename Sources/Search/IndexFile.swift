/// One file of the index: its path inside the index folder, and how to make its bytes, which the
/// build does when it writes the file (on whichever core is free).
public struct IndexFile: Sendable, Equatable {
    /// Inside the index folder: `manifest.json`, `terms/za.json`, …
    public let path: String
    /// Makes the file's bytes; the same every time.
    public let make: @Sendable () -> [UInt8]

    init(path: String, make: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.make = make
    }

    /// The file's bytes, made now.
    public var bytes: [UInt8] { make() }

    /// Same path and same bytes.
    public static func == (a: IndexFile, b: IndexFile) -> Bool {
        a.path == b.path && a.bytes == b.bytes
    }
}
