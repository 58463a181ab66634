/// A parsed template: a tree of nodes, built once and rendered many times.
struct Template: Sendable {
    /// Display path for errors, e.g. `Templates/base.mustache`.
    var file: String
    var nodes: [Node]
}

/// One element of a parsed template.
///
/// Payloads with several reference-counted fields are immutable classes: rendering copies each
/// node it visits, and a class reference costs one retain instead of one per field.
enum Node: Sendable {
    /// Literal text, on at most one line.
    case text(String)
    /// The start of a template line: where an indented partial or block adds its indentation.
    case lineStart
    /// `{{x}}`, `{{{x}}}`, `{{&x}}`.
    case variable(Variable)
    /// `{{#x}}…{{/x}}` and `{{^x}}…{{/x}}`.
    case section(Section)
    /// `{{>x}}`, and `{{<x}}…{{/x}}` with its block arguments.
    case inclusion(Inclusion)
    /// `{{$x}}…{{/x}}` outside a parent tag: a place a child template may fill in.
    case block(Block)
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

final class Variable: Sendable {
    let path: Path
    let escaped: Bool
    let location: SourceLocation

    init(path: Path, escaped: Bool, location: SourceLocation) {
        self.path = path
        self.escaped = escaped
        self.location = location
    }
}

final class Section: Sendable {
    let path: Path
    let inverted: Bool
    let nodes: [Node]
    let location: SourceLocation

    init(path: Path, inverted: Bool, nodes: [Node], location: SourceLocation) {
        self.path = path
        self.inverted = inverted
        self.nodes = nodes
        self.location = location
    }
}

/// A partial or a parent: another template rendered in place.
final class Inclusion: Sendable {
    let name: String
    let isParent: Bool
    /// Set when the tag stands alone on its line: the whitespace before it, added to every included line.
    let indentation: String?
    /// Arguments of a parent, by block name; empty for a partial.
    let arguments: [String: Argument]
    let location: SourceLocation

    init(name: String, isParent: Bool, indentation: String?, arguments: [String: Argument], location: SourceLocation) {
        self.name = name
        self.isParent = isParent
        self.indentation = indentation
        self.arguments = arguments
        self.location = location
    }
}

/// Content a child template passes to a block of its parent.
struct Argument: Sendable {
    var nodes: [Node]
    /// The template the content was written in, for errors inside it.
    var file: String
    /// Whether the content's own indentation was removed, so it takes the indentation of the site it fills.
    var isOutdented: Bool
}

final class Block: Sendable {
    let name: String
    /// Rendered when no child fills the block.
    let nodes: [Node]
    let indentation: BlockIndentation
    let location: SourceLocation

    init(name: String, nodes: [Node], indentation: BlockIndentation, location: SourceLocation) {
        self.name = name
        self.nodes = nodes
        self.indentation = indentation
        self.location = location
    }
}
