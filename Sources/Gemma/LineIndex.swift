/// Turns byte offsets into the 1-based line and column an editor shows. Built only when a
/// diagnostic needs a position, so a clean file never pays for it.
struct LineIndex {
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40)
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count where buffer[i] == ASCII.newline {
                starts.append(i + 1)
            }
        }
        self.lineStarts = starts
        self.bytes = bytes
    }

    /// Line and column of `offset`; the column counts characters, not bytes, and `offset` may be the
    /// end of the file.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for i in lineStarts[low]..<offset where bytes[i] & 0xC0 != 0x80 {
            column += 1
        }
        return (low + 1, column)
    }
}
