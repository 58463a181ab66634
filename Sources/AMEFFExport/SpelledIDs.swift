/// The ids of one kind of object, sanitised for identifiers (see `Identifier`) once per catalogue
/// and kept end to end in one buffer: relationship identifiers spell them three times per file
/// (relationship, connection, its reference), in thousands of files.
struct SpelledIDs: Sendable {
    private let bytes: [UInt8]
    /// `ends[i]`: where id `i` ends in `bytes`; it starts where the one before it ends.
    private let ends: [Int32]

    init(_ ids: some Sequence<String>) {
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        for id in ids {
            Identifier.appendSanitised(id, to: &bytes)
            ends.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.ends = ends
    }

    func write(_ i: Int, _ out: inout ByteWriter) {
        let start = i == 0 ? 0 : Int(ends[i - 1]), end = Int(ends[i])
        bytes.withUnsafeBufferPointer { out.raw(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
