/// Matches every opening tag with its `{{/name}}` and records what directly encloses it.
struct Pairing {
    /// For an opening or closing tag: the index of the other tag of the pair.
    var partner: [Int?]
    /// For a tag: whether the scope directly around it is a `{{<parent}}`. For a closing tag this
    /// describes the tag it closes, so a `{{/block}}` knows it ends an argument to a parent.
    var insideParent: [Bool]

    /// Pairs the tags of `tokens`, or reports the first mismatch and every section left open.
    static func pair(_ tokens: [Token], file: String) -> Result<Pairing, MustacheErrors> {
        var pairing = Pairing(
            partner: Array(repeating: nil, count: tokens.count),
            insideParent: Array(repeating: false, count: tokens.count)
        )
        var open: [(index: Int, tag: Tag)] = []
        for (index, token) in tokens.enumerated() {
            guard case .tag(let tag) = token else { continue }
            if tag.kind.opensScope {
                pairing.insideParent[index] = open.last?.tag.kind == .parent
                open.append((index, tag))
            } else if tag.kind == .close {
                guard let innermost = open.last else {
                    let message = Message.unexpectedClose(tag.source, tag.name, tag.delimiters)
                    return .failure(MustacheErrors(errors: [MustacheError(file: file, at: tag.location, message)]))
                }
                guard innermost.tag.name == tag.name else {
                    let message = Message.mismatchedClose(
                        tag.source, open: innermost.tag.name, at: innermost.tag.location, innermost.tag.delimiters)
                    return .failure(MustacheErrors(errors: [MustacheError(file: file, at: tag.location, message)]))
                }
                pairing.partner[innermost.index] = index
                pairing.partner[index] = innermost.index
                pairing.insideParent[index] = pairing.insideParent[innermost.index]
                open.removeLast()
            }
        }
        guard open.isEmpty else {
            return .failure(MustacheErrors(errors: open.map { entry in
                MustacheError(file: file, at: entry.tag.location, Message.unclosedSection(entry.tag.name, entry.tag.delimiters))
            }))
        }
        return .success(pairing)
    }
}
