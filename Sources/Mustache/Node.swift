/// A parsed template: a tree of nodes, built once and rendered many times.
struct Template: Sendable {
    /// Display path for errors, e.g. `Templates/base.mustache`.
    var file: String
    var nodes: [Node]
}

/// One element of a parsed template.
///
/// Cases with several reference-counted fields are `indirect`: rendering copies each node it
/// visits, and a boxed payload costs one retain instead of one per field.
enum Node: Sendable {
    /// Literal text, on at most one line.
    case text(String)
    /// The start of a template line: where an indented partial or block adds its indentation.
    case lineStart
    /// `{{x}}`, `{{{x}}}`, `{{&x}}`.
    indirect case variable(Variable)
    /// `{{#x}}…{{/x}}` and `{{^x}}…{{/x}}`.
    indirect case section(Section)
    /// `{{>x}}`, and `{{<x}}…{{/x}}` with its block arguments.
    indirect case inclusion(Inclusion)
    /// `{{$x}}…{{/x}}` outside a parent tag: a place a child template may fill in.
    indirect case block(Block)
}

/// A name as looked up in the context stack, split at parse time so rendering does not split strings.
struct Path: Sendable, Equatable {
    /// The dotted name as written, for messages.
    var name: String
    /// Empty for the implicit iterator `{{.}}`.
    var components: [String]

    init(_ name: String) {
        self.name = name
        components = name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}

struct Variable: Sendable {
    var path: Path
    var escaped: Bool
    var location: SourceLocation
}

struct Section: Sendable {
    var path: Path
    var inverted: Bool
    var nodes: [Node]
    var location: SourceLocation
}

/// A partial or a parent: another template rendered in place.
struct Inclusion: Sendable {
    var name: String
    var isParent: Bool
    /// Set when the tag stands alone on its line: the whitespace before it, added to every included line.
    var indentation: String?
    /// Arguments of a parent, by block name; empty for a partial.
    var arguments: [String: Argument]
    var location: SourceLocation
}

/// Content a child template passes to a block of its parent.
struct Argument: Sendable {
    var nodes: [Node]
    /// The template the content was written in, for errors inside it.
    var file: String
    /// Whether the content's own indentation was removed, so it takes the indentation of the site it fills.
    var isOutdented: Bool
}

struct Block: Sendable {
    var name: String
    /// Rendered when no child fills the block.
    var nodes: [Node]
    var indentation: BlockIndentation
    var location: SourceLocation
}
