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
            case .section(var section):
                section.nodes = remove(prefix, from: section.nodes)
                result.append(.section(section))
            case .inclusion(var inclusion):
                inclusion.indentation = inclusion.indentation.map { strip(prefix, from: $0) }
                // Arguments that removed their own indentation already start at column zero.
                inclusion.arguments = inclusion.arguments.mapValues { argument in
                    guard !argument.isOutdented else { return argument }
                    var outdented = argument
                    outdented.nodes = remove(prefix, from: argument.nodes)
                    return outdented
                }
                result.append(.inclusion(inclusion))
            case .block(var block):
                block.indentation.prefix = strip(prefix, from: block.indentation.prefix)
                block.nodes = remove(prefix, from: block.nodes)
                result.append(.block(block))
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
