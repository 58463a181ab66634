/// Small rules of the data contract the import must meet before it writes, so that what it writes
/// loads (the loader checks the same things, and is run on the result before anything is written).
enum ImportRules {
    /// `http://` or `https://` (any case), something after it and no white space: a product page the
    /// site may link to. The loader also takes `mailto:`, which is no product page.
    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.prefix(8).lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        return scheme > 0 && text.count > scheme && !text.contains(where: \.isWhitespace)
    }
}
