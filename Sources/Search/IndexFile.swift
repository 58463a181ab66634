/// One file of the index: its path inside the index folder, and how to make its bytes, which the
/// build does when it writes the file (on whichever core is free).
public struct IndexFile: Sendable, Equatable {
    public let path: String
    public let make: @Sendable () -> [UInt8]

    init(path: String, make: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.make = make
    }

    public var bytes: [UInt8] { make() }

    public static func == (a: IndexFile, b: IndexFile) -> Bool {
        a.path == b.path && a.bytes == b.bytes
    }
}
