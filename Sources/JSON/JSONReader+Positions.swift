/// Turns byte offsets into line and column without rescanning lines, so that long one-line files stay linear.
///
/// Outside strings JSON is ASCII, so a column is the byte distance from the line start minus what the
/// strings read so far on this line spent on multi-byte characters. Line feeds cannot occur inside
/// strings (they must be escaped), so lines only change in whitespace.
struct Cursor {
    var line = 1
    var lineStart: Int
    /// Bytes minus characters of the strings already read on the current line.
    var extraBytes = 0

    init(lineStart: Int) {
        self.lineStart = lineStart
    }

    mutating func newLine(at offset: Int) {
        line += 1
        lineStart = offset
        extraBytes = 0
    }

    /// Line and column of `offset`, which lies after everything read so far on this line and outside strings.
    func position(of offset: Int) -> (line: Int, column: Int) {
        (line, offset - lineStart - extraBytes + 1)
    }
}

extension Parser {
    /// Line and column of `offset` inside the string whose opening quote stands at `quote`; only used for
    /// errors, since it counts the characters in between.
    func position(of offset: Int, inStringAt quote: Int) -> (line: Int, column: Int) {
        let start = cursor.position(of: quote)
        return (start.line, start.column + characterCount(quote..<offset))
    }

    func error(at offset: Int, inStringAt quote: Int, _ message: String) -> JSONSyntaxError {
        let (line, column) = position(of: offset, inStringAt: quote)
        return JSONSyntaxError(line: line, column: column, message: message)
    }

    /// Characters (grapheme clusters) in already validated UTF-8.
    func characterCount(_ range: Range<Int>) -> Int {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).count
    }
}
