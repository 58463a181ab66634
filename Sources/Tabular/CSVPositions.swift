/// Line and column of byte offsets, as an editor shows them: lines end at LF, CRLF or a lone CR,
/// columns count characters (grapheme clusters), and the byte order mark takes no column.
///
/// The scanner asks for positions left to right, so the column is counted on from the last one
/// asked on the same line; a long line is counted once, not once per cell.
struct CSVPositions {
    private let bytes: [UInt8]
    private var line = 1
    private var lineStart: Int
    private var counted: (offset: Int, column: Int)

    init(_ bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.lineStart = start
        self.counted = (start, 1)
    }

    mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset
        counted = (offset, 1)
    }

    /// The position of `offset`, which lies on the current line at or after the last one asked.
    mutating func position(of offset: Int) -> (line: Int, column: Int) {
        if offset < counted.offset { counted = (lineStart, 1) }
        counted = (offset, counted.column + Self.characters(bytes[counted.offset..<offset]))
        return (line, counted.column)
    }

    /// The position of any `offset`, counting lines from `start`; for the one problem found before scanning.
    static func locate(_ offset: Int, in bytes: [UInt8], from start: Int) -> (line: Int, column: Int) {
        var line = 1, lineStart = start, index = start
        while index < offset {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < offset, bytes[index] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D {
                line += 1
                lineStart = index
            }
        }
        return (line, characters(bytes[lineStart..<offset]) + 1)
    }

    /// Characters in valid UTF-8 (the bytes before an invalid one are valid too).
    private static func characters(_ slice: ArraySlice<UInt8>) -> Int {
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}
