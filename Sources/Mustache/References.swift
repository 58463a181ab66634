/// Checks at load time that every `{{>name}}` and `{{<name}}` refers to an existing template,
/// so a typo fails the build before any page is rendered.
enum References {
    static func missing(in templates: [String: Template], known: Set<String>, displayPath: (String) -> String) -> [MustacheError] {
        var errors: [MustacheError] = []
        for template in templates.values {
            visit(template.nodes) { inclusion in
                guard !known.contains(inclusion.name) else { return }
                let path = displayPath(inclusion.name)
                let message = inclusion.isParent
                    ? Message.unknownParent(inclusion.name, path: path)
                    : Message.unknownPartial(inclusion.name, path: path)
                errors.append(MustacheError(file: template.file, at: inclusion.location, message))
            }
        }
        return errors
    }

    private static func visit(_ nodes: [Node], _ report: (Inclusion) -> Void) {
        for node in nodes {
            switch node {
            case .section(let section):
                visit(section.nodes, report)
            case .block(let block):
                visit(block.nodes, report)
            case .inclusion(let inclusion):
                report(inclusion)
                for argument in inclusion.arguments.values { visit(argument.nodes, report) }
            case .text, .lineStart, .variable:
                break
            }
        }
    }
}
