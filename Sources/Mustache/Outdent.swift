/// Removes the indentation an argument has in the child template, so that it takes the
/// indentation of the block it fills in the parent (spec: "Block reindentation").
enum Outdent {
    /// `nodes` with `prefix`, or as much of it as is present, removed from the start of every line.
    static func remove(_ prefix: String, from nodes: [Node]) -> [Node] {
        guard !prefix.isEmpty else { return nodes }
        var result: [Node] = []
        result.reserveCapacity(nodes.count)
        var atLineStart = false
        for node in nodes {
            let followsLineStart = atLineStart
            atLineStart = false
            switch node {
            case .lineStart:
                atLineStart = true
                result.append(node)
            case .text(let text) where followsLineStart:
                let rest = strip(prefix, from: text)
                if !rest.isEmpty { result.append(.text(rest)) }
            case .section(let section):
                result.append(.section(Section(path: section.path, inverted: section.inverted,
                                               nodes: remove(prefix, from: section.nodes), location: section.location)))
            case .inclusion(let inclusion):
                // Arguments that removed their own indentation already start at column zero.
                let arguments = inclusion.arguments.mapValues { argument in
                    guard !argument.isOutdented else { return argument }
                    var outdented = argument
                    outdented.nodes = remove(prefix, from: argument.nodes)
                    return outdented
                }
                result.append(.inclusion(Inclusion(name: inclusion.name, isParent: inclusion.isParent,
                                                   indentation: inclusion.indentation.map { strip(prefix, from: $0) },
                                                   arguments: arguments, location: inclusion.location)))
            case .block(let block):
                var indentation = block.indentation
                indentation.prefix = strip(prefix, from: indentation.prefix)
                result.append(.block(Block(name: block.name, nodes: remove(prefix, from: block.nodes),
                                           indentation: indentation, location: block.location)))
            case .text, .variable:
                result.append(node)
            }
        }
        return result
    }

    /// `text` without the part of `prefix` it starts with.
    private static func strip(_ prefix: String, from text: String) -> String {
        var textIndex = text.utf8.startIndex
        var prefixIndex = prefix.utf8.startIndex
        while textIndex != text.utf8.endIndex, prefixIndex != prefix.utf8.endIndex,
              text.utf8[textIndex] == prefix.utf8[prefixIndex] {
            text.utf8.formIndex(after: &textIndex)
            prefix.utf8.formIndex(after: &prefixIndex)
        }
        return String(Substring(text.utf8[textIndex...]))
    }
}
