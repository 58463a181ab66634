/// All templates of a build, parsed once and rendered many times.
public struct TemplateSet: Sendable {
    private let templates: [String: Template]
    private let options: MustacheOptions

    /// Parses every source and, in strict mode, checks that each partial and parent exists.
    ///
    /// - Parameters:
    ///   - sources: template name (e.g. `base`, `partials/menu`) to source text; tags refer to these names.
    ///   - displayPath: the path shown in errors for a name, e.g. `base` → `Templates/base.mustache`.
    ///   - options: `.strict` for our own templates, `.spec` for the Mustache spec tests.
    /// - Throws: `MustacheErrors` with the problems of all templates, in reading order.
    public init(
        sources: [String: String],
        displayPath: (String) -> String = { $0 },
        options: MustacheOptions = .strict
    ) throws(MustacheErrors) {
        var templates: [String: Template] = [:]
        var errors: [MustacheError] = []
        for (name, source) in sources {
            switch Parser.parse(source, file: displayPath(name), options: options) {
            case .success(let template): templates[name] = template
            case .failure(let failure): errors += failure.errors
            }
        }
        if options.strict {
            errors += References.missing(in: templates, known: Set(sources.keys), displayPath: displayPath)
        }
        guard errors.isEmpty else { throw MustacheErrors(errors: errors) }
        self.templates = templates
        self.options = options
    }

    /// Names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Whether a template of this name exists.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders template `name` with `value` as the bottom of the context stack.
    /// - Throws: `MustacheError` located at the tag that failed (in strict mode: unknown names, raw plain text).
    public func render(_ name: String, _ value: MustacheValue) throws(MustacheError) -> String {
        var output = ""
        try render(name, value, into: &output)
        return output
    }

    /// Renders template `name`, appending to `output`: the fast path for thousands of pages,
    /// as a reused buffer keeps its capacity.
    /// - Throws: `MustacheError` as `render(_:_:)`; `output` then holds a partial page.
    public func render(_ name: String, _ value: MustacheValue, into output: inout String) throws(MustacheError) {
        guard let template = templates[name] else {
            throw MustacheError(file: name, line: 1, column: 1, message: Message.unknownTemplate(name))
        }
        var renderer = Renderer(templates: templates, options: options, root: value, file: template.file)
        try renderer.render(template.nodes, into: &output)
    }
}
