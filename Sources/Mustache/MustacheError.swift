/// A problem in a template, located at the tag that causes it.
public struct MustacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Display path of the template, e.g. `Templates/base.mustache`.
    public var file: String
    /// 1-based line of the tag.
    public var line: Int
    /// 1-based column (in characters) of the tag's opening delimiter.
    public var column: Int
    /// Dutch text saying what is wrong and what to do.
    public var message: String

    /// Creates an error; `line` and `column` are 1-based.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals recognise.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

extension MustacheError {
    init(file: String, at location: SourceLocation, _ message: String) {
        self.init(file: file, line: location.line, column: location.column, message: message)
    }

    /// Orders by file, then position, so diagnostics read top to bottom.
    static func inReadingOrder(_ lhs: MustacheError, _ rhs: MustacheError) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}

/// All problems found while parsing a set of templates.
public struct MustacheErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// Sorted by file, line and column.
    public var errors: [MustacheError]

    /// Creates the collection, sorting the errors into reading order.
    public init(errors: [MustacheError]) {
        self.errors = errors.sorted(by: MustacheError.inReadingOrder)
    }

    /// One error per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
