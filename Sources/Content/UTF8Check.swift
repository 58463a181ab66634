import Diagnostics

/// Decodes a file as UTF-8 without its byte-order mark, or says where the first byte that is not
/// UTF-8 stands. Used for every text file an editor writes: pages, menu, texts and templates.
public enum UTF8Check {
    public static func decode(_ file: SourceFile) -> Result<String, Diagnostic> {
        var bytes = file.bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        let (line, column) = firstInvalid(bytes)
        return .failure(.error(SourceLocation(file: file.displayPath, line: line, column: column), ContentMessages.notUTF8))
    }

    /// Line and column (in characters) of the first invalid byte.
    private static func firstInvalid(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            let end = index + length
            if length == 0 || end > bytes.endIndex || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return (line, column)
            }
            if byte == 0x0A { line += 1; lineStart = end }
            index = end
        }
        return (line, 1)
    }
}
