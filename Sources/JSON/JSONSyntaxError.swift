/// Why a file is not valid JSON, and where: the position of the offending character, or the end of the
/// file when it stops too early.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// Dutch: what is wrong and what to do about it.
    public var message: String

    /// An error at `line`, `column` (1-based, column in characters).
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `regel 3, kolom 5: …`, for logs and test failures; diagnostics put the file name in front.
    public var description: String { "regel \(line), kolom \(column): \(message)" }
}
