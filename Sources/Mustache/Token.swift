/// A position in a template source as shown to the user; both numbers are 1-based.
struct SourceLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// What a tag does, decided by the character after its opening delimiter.
enum TagKind: Sendable, Equatable {
    case variable          // {{x}}
    case rawVariable       // {{{x}}} and {{&x}}
    case section           // {{#x}}
    case invertedSection   // {{^x}}
    case close             // {{/x}}
    case comment           // {{! … }}
    case partial           // {{>x}}
    case parent            // {{<x}}
    case block             // {{$x}}
    case setDelimiters     // {{=<% %>=}}

    /// Tags that need a matching `{{/name}}`.
    var opensScope: Bool {
        switch self {
        case .section, .invertedSection, .parent, .block: true
        default: false
        }
    }

    /// Interpolations print something, so they never make a line standalone.
    var canStandAlone: Bool {
        switch self {
        case .variable, .rawVariable: false
        default: true
        }
    }
}

/// One tag as written in the source.
struct Tag: Sendable {
    var kind: TagKind
    /// The trimmed content, e.g. `persoon.naam`; empty for comments and delimiter changes.
    var name: String
    var location: SourceLocation
    /// The tag exactly as written, for messages.
    var source: String
    /// Delimiters in effect at this tag, so suggested fixes use the author's own syntax.
    var delimiters: Delimiters
}

/// The pair of strings that open and close tags; `{{=<% %>=}}` changes them.
struct Delimiters: Sendable, Equatable {
    var open: String
    var close: String
    static let standard = Delimiters(open: "{{", close: "}}")
}

/// The scanner's output: text cut at line ends, and tags.
enum Token: Sendable {
    /// Literal text holding at most one newline, always as its last character (`\n` or `\r\n`).
    case text(String)
    case tag(Tag)

    var endsLine: Bool {
        if case .text(let text) = self { return text.utf8.last == UInt8(ascii: "\n") }
        return false
    }

    /// Text of spaces and tabs only, optionally ended by the line break.
    var isBlank: Bool {
        guard case .text(let text) = self else { return false }
        var bytes = text.utf8[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
