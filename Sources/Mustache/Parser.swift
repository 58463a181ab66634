/// Turns one template source into its node tree: scan, pair tags, apply the standalone rules, build.
enum Parser {
    /// The parsed template, or every problem found in it.
    static func parse(_ source: String, file: String, options: MustacheOptions) -> Result<Template, MustacheErrors> {
        Scanner.scan(source, file: file).flatMap { tokens in
            Pairing.pair(tokens, file: file).flatMap { pairing in
                var builder = TreeBuilder(file: file, options: options, pairing: pairing)
                return builder.build(tokens, layout: LineLayout(tokens: tokens, pairing: pairing))
            }
        }
    }
}

/// Builds nodes from tokens whose pairing is known to be correct.
private struct TreeBuilder {
    let file: String
    let options: MustacheOptions
    let pairing: Pairing
    private var frames: [Frame] = [Frame(tag: nil, index: -1)]
    private var errors: [MustacheError] = []

    init(file: String, options: MustacheOptions, pairing: Pairing) {
        self.file = file
        self.options = options
        self.pairing = pairing
    }

    /// An opened section, parent or block collecting its content.
    private struct Frame {
        var tag: Tag?
        var index: Int
        var nodes: [Node] = []
        var arguments: [String: Argument] = [:]
        var reportedContent = false
    }

    mutating func build(_ tokens: [Token], layout: LineLayout) -> Result<Template, MustacheErrors> {
        for (index, token) in tokens.enumerated() {
            if layout.startsLine[index] { append(.lineStart) }
            if layout.removed[index] { continue }
            switch token {
            case .text(let text):
                append(.text(text), isBlank: token.isBlank)
            case .tag(let tag):
                switch tag.kind {
                case .comment, .setDelimiters:
                    break
                case .variable, .rawVariable:
                    let variable = Variable(path: Path(tag.name), escaped: tag.kind == .variable, location: tag.location)
                    append(.variable(variable))
                case .partial:
                    let inclusion = Inclusion(name: tag.name, isParent: false, indentation: layout.indentation[index],
                                              arguments: [:], location: tag.location)
                    append(.inclusion(inclusion))
                case .section, .invertedSection, .parent, .block:
                    frames.append(Frame(tag: tag, index: index))
                case .close:
                    close(layout: layout)
                }
            }
        }
        guard errors.isEmpty else { return .failure(MustacheErrors(errors: errors)) }
        return .success(Template(file: file, nodes: frames[0].nodes))
    }

    private mutating func close(layout: LineLayout) {
        let frame = frames.removeLast()
        guard let tag = frame.tag else { return }
        switch tag.kind {
        case .section, .invertedSection:
            let section = Section(path: Path(tag.name), inverted: tag.kind == .invertedSection,
                                  nodes: frame.nodes, location: tag.location)
            append(.section(section))
        case .parent:
            let inclusion = Inclusion(name: tag.name, isParent: true, indentation: layout.indentation[frame.index],
                                      arguments: frame.arguments, location: tag.location)
            append(.inclusion(inclusion))
        case .block where pairing.insideParent[frame.index]:
            let own = layout.argumentIndentation[frame.index]
            let nodes = own.map { Outdent.remove($0, from: frame.nodes) } ?? frame.nodes
            let argument = Argument(nodes: nodes, file: file, isOutdented: own != nil)
            // The first argument of a name wins, as the first definition of a block would.
            if frames[frames.count - 1].arguments[tag.name] == nil {
                frames[frames.count - 1].arguments[tag.name] = argument
            }
        case .block:
            let block = Block(name: tag.name, nodes: frame.nodes,
                              indentation: layout.blockIndentation[frame.index] ?? BlockIndentation(prefix: "", includesFirstLine: false),
                              location: tag.location)
            append(.block(block))
        default:
            break
        }
    }

    /// Adds a node to the innermost open scope. Inside a parent tag only block arguments count,
    /// so anything else is dropped (the spec) or reported (strict mode).
    private mutating func append(_ node: Node, isBlank: Bool = false) {
        let last = frames.count - 1
        if let parent = frames[last].tag, parent.kind == .parent {
            if case .lineStart = node { return }
            if options.strict, !isBlank, !frames[last].reportedContent {
                errors.append(MustacheError(file: file, at: parent.location, Message.contentInParent(parent.name)))
                frames[last].reportedContent = true
            }
            return
        }
        if case .text(let text) = node, case .text(let previous)? = frames[last].nodes.last {
            frames[last].nodes[frames[last].nodes.count - 1] = .text(previous + text)
        } else {
            frames[last].nodes.append(node)
        }
    }
}
