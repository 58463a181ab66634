/// Decides which whitespace belongs to tags rather than to the output: the spec's "standalone" rules.
///
/// A tag alone on its line (apart from spaces) takes the line's indentation and line break with
/// it. Inheritance widens "alone": text directly inside `{{<parent}}` is never rendered, so a tag
/// only needs to be clear on the side that faces rendered text. A parent pair stands alone when
/// its opening tag is clear on the left and its closing tag on the right; a block argument
/// (`{{$b}}` directly inside a parent) when it is clear towards its content.
struct LineLayout {
    /// Tokens that produce no output (whitespace and line breaks around standalone tags).
    var removed: [Bool]
    /// Tokens that begin a line, which gets the indentation of an indented partial or block.
    var startsLine: [Bool]
    /// Standalone partials and parents: the whitespace in front of them, to indent their lines.
    var indentation: [Int: String] = [:]
    /// Blocks that are filled in here: how an argument's lines are indented at this site.
    var blockIndentation: [Int: BlockIndentation] = [:]
    /// Block arguments whose opening tag ends its line: their content's own indentation, to remove.
    var argumentIndentation: [Int: String] = [:]

    init(tokens: [Token], pairing: Pairing) {
        removed = Array(repeating: false, count: tokens.count)
        startsLine = Array(repeating: false, count: tokens.count)
        let lines = Self.lines(of: tokens)
        var lineOf = Array(repeating: 0, count: tokens.count)
        for (number, line) in lines.enumerated() {
            for index in line { lineOf[index] = number }
            // Empty lines stay empty inside indented partials: no trailing whitespace in the output.
            if !Self.isBareLineBreak(tokens[line.lowerBound]) { startsLine[line.lowerBound] = true }
        }
        let firstSolid = lines.map { line in line.first { !tokens[$0].isBlank } }
        let lastSolid = lines.map { line in line.last { !tokens[$0].isBlank } }
        let clear = Clearance(
            left: { firstSolid[lineOf[$0]] == $0 },
            right: { lastSolid[lineOf[$0]] == $0 }
        )

        var ownIndentation: [Int: String] = [:]
        for (index, token) in tokens.enumerated() {
            guard case .tag(let tag) = token, tag.kind.canStandAlone,
                  Self.isStandalone(tag.kind, at: index, tokens: tokens, pairing: pairing, clear: clear)
            else { continue }
            let line = lines[lineOf[index]]
            if clear.left(index) {
                let leading = line.lowerBound..<index
                indentation[index] = leading.map { tokens[$0].text }.joined()
                for position in leading { removed[position] = true }
                startsLine[line.lowerBound] = false
            }
            if clear.right(index) {
                for position in (index + 1)..<line.upperBound { removed[position] = true }
                if tag.kind == .block {
                    let next = lineOf[index] + 1
                    ownIndentation[index] = next < lines.count ? Self.leadingWhitespace(of: tokens[lines[next].lowerBound]) : ""
                }
            }
        }

        for (index, token) in tokens.enumerated() {
            guard case .tag(let tag) = token, tag.kind == .block else { continue }
            if pairing.insideParent[index] {
                argumentIndentation[index] = ownIndentation[index]
            } else if let own = ownIndentation[index] {
                blockIndentation[index] = BlockIndentation(prefix: own, includesFirstLine: true)
            } else if let close = pairing.partner[index], clear.left(index), clear.right(close) {
                let leading = lines[lineOf[index]].lowerBound..<index
                let prefix = leading.map { tokens[$0].text }.joined()
                blockIndentation[index] = BlockIndentation(prefix: prefix, includesFirstLine: false)
            } else {
                blockIndentation[index] = BlockIndentation(prefix: "", includesFirstLine: false)
            }
        }
    }

    /// Whether nothing but spaces stands between a tag and its line's start (`left`) or end (`right`).
    private struct Clearance {
        var left: (Int) -> Bool
        var right: (Int) -> Bool
    }

    private static func isStandalone(_ kind: TagKind, at index: Int, tokens: [Token], pairing: Pairing, clear: Clearance) -> Bool {
        let partner = pairing.partner[index]
        let closesParent = kind == .close && partner.map { tokens[$0].tagKind == .parent } == true
        switch kind {
        case .parent:
            return clear.left(index) && partner.map(clear.right) == true
        case .close where closesParent:
            return partner.map(clear.left) == true && clear.right(index)
        case .block where pairing.insideParent[index]:
            return clear.right(index)
        case .close where pairing.insideParent[index]:
            return clear.left(index)
        default:
            return clear.left(index) && clear.right(index)
        }
    }

    /// Token indices per line; a line ends after a text token that ends with a newline.
    private static func lines(of tokens: [Token]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, token) in tokens.enumerated() where token.endsLine {
            lines.append(start..<(index + 1))
            start = index + 1
        }
        if start < tokens.count { lines.append(start..<tokens.count) }
        return lines
    }

    private static func isBareLineBreak(_ token: Token) -> Bool {
        token.text == "\n" || token.text == "\r\n"
    }

    private static func leadingWhitespace(of token: Token) -> String {
        String(token.text.prefix { $0 == " " || $0 == "\t" })
    }
}

/// How an argument passed to a block is indented where the block is filled in.
struct BlockIndentation: Sendable, Equatable {
    /// Added to the start of each line of the argument.
    var prefix: String
    /// False when the block's line keeps its leading whitespace as text, which already indents the first line.
    var includesFirstLine: Bool
}

extension Token {
    /// The literal text, or empty for a tag.
    var text: String {
        if case .text(let text) = self { return text }
        return ""
    }

    var tagKind: TagKind? {
        if case .tag(let tag) = self { return tag.kind }
        return nil
    }
}
