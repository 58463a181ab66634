/// Cuts a template source into text and tags, following `{{=… …=}}` delimiter changes.
///
/// Text is cut after every newline so that later stages can reason about lines. Scanning stops
/// at the first tag that never closes or changes delimiters badly: what follows cannot be
/// read reliably, and reporting it would only add noise.
struct Scanner {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var location = SourceLocation(line: 1, column: 1)
    private var delimiters = Delimiters.standard
    private var openingBytes = Array(Delimiters.standard.open.utf8)
    private var tokens: [Token] = []
    private var errors: [MustacheError] = []

    private init(source: String, file: String) {
        self.bytes = Array(source.utf8)
        self.file = file
    }

    /// The tokens of `source`, or the problems found in its tags.
    static func scan(_ source: String, file: String) -> Result<[Token], MustacheErrors> {
        var scanner = Scanner(source: source, file: file)
        scanner.run()
        return scanner.errors.isEmpty ? .success(scanner.tokens) : .failure(MustacheErrors(errors: scanner.errors))
    }

    private mutating func run() {
        var textStart = 0
        while position < bytes.count {
            if matches(openingBytes, at: position) {
                appendText(from: textStart, to: position)
                guard scanTag() else { return }
                textStart = position
            } else if bytes[position] == UInt8(ascii: "\n") {
                advance(to: position + 1)
                appendText(from: textStart, to: position)
                textStart = position
            } else {
                advance(to: position + 1)
            }
        }
        appendText(from: textStart, to: bytes.count)
    }

    /// Scans the tag at `position`; returns false when scanning cannot continue.
    private mutating func scanTag() -> Bool {
        let start = position
        let tagLocation = location
        let tagDelimiters = delimiters
        var contentStart = position + delimiters.open.utf8.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        let kind = Self.kind(of: sigil)
        if kind != .variable { contentStart += 1 }
        let terminator: String = switch sigil {
        case UInt8(ascii: "="): "=" + delimiters.close
        case UInt8(ascii: "{"): "}" + delimiters.close
        default: delimiters.close
        }
        guard let contentEnd = find(Array(terminator.utf8), from: contentStart) else {
            let opening = String(decoding: bytes[start..<min(contentStart, bytes.count)], as: UTF8.self)
            errors.append(MustacheError(file: file, at: tagLocation, Message.unclosedTag(opening, expected: terminator)))
            return false
        }
        let end = contentEnd + terminator.utf8.count
        advance(to: end)
        let source = String(decoding: bytes[start..<end], as: UTF8.self)
        let content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self).trimmingMustacheWhitespace()
        var tag = Tag(kind: kind, name: "", location: tagLocation, source: source, delimiters: tagDelimiters)
        switch kind {
        case .comment:
            break
        case .setDelimiters:
            guard let changed = Self.delimiters(from: content) else {
                errors.append(MustacheError(file: file, at: tagLocation, Message.invalidDelimiters(source)))
                return false
            }
            delimiters = changed
            openingBytes = Array(changed.open.utf8)
        default:
            guard validate(content, of: tag) else { return true }
            tag.name = content
        }
        tokens.append(.tag(tag))
        return true
    }

    private mutating func validate(_ name: String, of tag: Tag) -> Bool {
        if name.isEmpty {
            errors.append(MustacheError(file: file, at: tag.location, Message.emptyName(tag.source, tag.delimiters)))
            return false
        }
        let hasSpace = name.utf8.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }
        let takesPath = [.variable, .rawVariable, .section, .invertedSection, .close].contains(tag.kind)
        if hasSpace || (takesPath && name != "." && name.split(separator: ".", omittingEmptySubsequences: false).contains("")) {
            errors.append(MustacheError(file: file, at: tag.location, Message.invalidName(name, tag.source)))
            return false
        }
        return true
    }

    private static func kind(of sigil: UInt8) -> TagKind {
        switch sigil {
        case UInt8(ascii: "#"): .section
        case UInt8(ascii: "^"): .invertedSection
        case UInt8(ascii: "/"): .close
        case UInt8(ascii: "!"): .comment
        case UInt8(ascii: ">"): .partial
        case UInt8(ascii: "<"): .parent
        case UInt8(ascii: "$"): .block
        case UInt8(ascii: "="): .setDelimiters
        case UInt8(ascii: "&"), UInt8(ascii: "{"): .rawVariable
        default: .variable
        }
    }

    /// `<% %>` becomes the pair; delimiters may contain neither whitespace nor `=`.
    private static func delimiters(from content: String) -> Delimiters? {
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else { return nil }
        return Delimiters(open: String(parts[0]), close: String(parts[1]))
    }

    private mutating func appendText(from start: Int, to end: Int) {
        guard start < end else { return }
        tokens.append(.text(String(decoding: bytes[start..<end], as: UTF8.self)))
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var candidate = index
        while candidate + pattern.count <= bytes.count {
            if matches(pattern, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// Moves to `end`, keeping line and column; columns count characters, not UTF-8 bytes.
    private mutating func advance(to end: Int) {
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                location = SourceLocation(line: location.line + 1, column: 1)
            } else if byte & 0xC0 != 0x80 {
                location.column += 1
            }
            position += 1
        }
    }
}

extension String {
    func trimmingMustacheWhitespace() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { !isSpace($0) }),
              let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(Substring(utf8[first...last]))
    }
}
