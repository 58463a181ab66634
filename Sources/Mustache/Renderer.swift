/// Renders node trees against a context stack. One renderer serves one `render` call, so its
/// mutable state (stack, indentation, current file) never outlives the page it produces.
struct Renderer {
    /// Partials and parents nested deeper than this are taken to be endless recursion.
    static let depthLimit = 100

    private let templates: [String: Template]
    private let strict: Bool
    private var stack: [MustacheValue]
    /// Arguments of the parent tags being rendered, outermost first: the outermost child wins.
    private var arguments: [[String: Argument]] = []
    private var indentation = ""
    private var file: String
    private var depth = 0

    init(templates: [String: Template], options: MustacheOptions, root: MustacheValue, file: String) {
        self.templates = templates
        self.strict = options.strict
        self.file = file
        stack = [root]
        stack.reserveCapacity(16)
    }

    /// Appends the output of `nodes`; `skippingLeadingLineStart` when they start in the middle of a line.
    mutating func render(_ nodes: [Node], skippingLeadingLineStart: Bool = false, into output: inout String) throws(MustacheError) {
        var index = 0
        if skippingLeadingLineStart, case .lineStart? = nodes.first { index = 1 }
        while index < nodes.count {
            switch nodes[index] {
            case .text(let text):
                output.append(text)
            case .lineStart:
                if !indentation.isEmpty { output.append(indentation) }
            case .variable(let variable):
                try render(variable, into: &output)
            case .section(let section):
                try render(section, into: &output)
            case .inclusion(let inclusion):
                try render(inclusion, into: &output)
            case .block(let block):
                try render(block, into: &output)
            }
            index += 1
        }
    }

    private func render(_ variable: Variable, into output: inout String) throws(MustacheError) {
        guard let value = lookup(variable.path) else {
            if strict { throw error(at: variable.location, Message.unknownVariable(variable.path.name)) }
            return
        }
        switch value {
        case .string(let text):
            if variable.escaped {
                appendHTMLEscaped(text, to: &output)
            } else if strict {
                throw error(at: variable.location, Message.rawPlainText(variable.path.name))
            } else {
                output.append(text)
            }
        case .html(let html):
            output.append(html)
        case .list, .object:
            if strict { throw error(at: variable.location, Message.notText(variable.path.name, kind: value.kindDescription)) }
        default:
            // Numbers, booleans and null contain no characters that need escaping.
            output.append(value.scalarText ?? "")
        }
    }

    private mutating func render(_ section: Section, into output: inout String) throws(MustacheError) {
        let found = lookup(section.path)
        if found == nil, strict { throw error(at: section.location, Message.unknownSection(section.path.name)) }
        let value = found ?? .null
        if section.inverted {
            if !value.isTruthy { try render(section.nodes, into: &output) }
            return
        }
        switch value {
        case .list(let items):
            for item in items {
                stack.append(item)
                try render(section.nodes, into: &output)
                stack.removeLast()
            }
        case _ where value.isTruthy:
            stack.append(value)
            try render(section.nodes, into: &output)
            stack.removeLast()
        default:
            break
        }
    }

    private mutating func render(_ inclusion: Inclusion, into output: inout String) throws(MustacheError) {
        guard let template = templates[inclusion.name] else {
            // TemplateSet reports missing names when it is created; the spec renders them as nothing.
            if strict { throw error(at: inclusion.location, Message.unknownTemplate(inclusion.name)) }
            return
        }
        guard depth < Self.depthLimit else {
            throw error(at: inclusion.location, Message.tooDeep(inclusion.name, limit: Self.depthLimit))
        }
        let saved = (indentation: indentation, file: file)
        indentation += inclusion.indentation ?? ""
        file = template.file
        depth += 1
        let pushesArguments = !inclusion.arguments.isEmpty
        if pushesArguments { arguments.append(inclusion.arguments) }
        try render(template.nodes, skippingLeadingLineStart: inclusion.indentation == nil, into: &output)
        if pushesArguments { arguments.removeLast() }
        depth -= 1
        (indentation, file) = saved
    }

    private mutating func render(_ block: Block, into output: inout String) throws(MustacheError) {
        guard let argument = argument(named: block.name) else {
            try render(block.nodes, into: &output)
            return
        }
        let saved = (indentation: indentation, file: file)
        indentation += block.indentation.prefix
        file = argument.file
        let startsWithLine: Bool = if case .lineStart? = argument.nodes.first { true } else { false }
        if block.indentation.includesFirstLine, !startsWithLine { output.append(indentation) }
        try render(argument.nodes, skippingLeadingLineStart: !block.indentation.includesFirstLine, into: &output)
        (indentation, file) = saved
    }

    private func argument(named name: String) -> Argument? {
        for scope in arguments {
            if let argument = scope[name] { return argument }
        }
        return nil
    }

    /// Finds the first name part from the top of the stack down, then the rest inside that value only.
    /// A null part way counts as present and null: the view model has the field, just no value.
    private func lookup(_ path: Path) -> MustacheValue? {
        guard let first = path.components.first else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index], let found = object[first] {
                var value = found
                for component in path.components.dropFirst() {
                    switch value {
                    case .object(let inner):
                        guard let next = inner[component] else { return nil }
                        value = next
                    case .null:
                        return .null
                    default:
                        return nil
                    }
                }
                return value
            }
            index -= 1
        }
        return nil
    }

    private func error(at location: SourceLocation, _ message: String) -> MustacheError {
        MustacheError(file: file, at: location, message)
    }
}
