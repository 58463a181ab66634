/// Where a problem is, in the user's terms: a file relative to the project, and a line and column
/// or a JSON path (`applicaties.json $[412].aanbieder`).
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var jsonPath: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, jsonPath: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.jsonPath = jsonPath
    }

    /// `file:line:col`, `file:line`, `file $.path` or `file`, as compilers print it.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let jsonPath { text += " \(jsonPath)" }
        return text
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.jsonPath ?? "") < (b.file, b.line ?? 0, b.column ?? 0, b.jsonPath ?? "")
    }
}

/// How bad a problem is: errors stop the build, warnings are reported and the build goes on.
public enum Severity: String, Sendable, Hashable {
    case error = "fout"
    case warning = "waarschuwing"
}

/// One problem with the input, with what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// `content/menu.md:12:5: fout: …`
    public var description: String { "\(location.description): \(severity.rawValue): \(message)" }
}
