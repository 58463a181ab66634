/// How much room a name needs in Archi, which draws element names in a 9 pt font and wraps them to
/// the box. An estimate, kept on the generous side: a box a little too big reads better than a
/// name cut off.
enum LabelSize {
    /// Average width of a character, in view units, for Dutch names in Archi's default font.
    static let characterWidth = 7
    static let lineHeight = 16
    /// Room taken by the element's icon and the box's border on each side.
    static let margin = 12

    /// How many lines `name` takes in a box `width` wide.
    static func lines(_ name: String, width: Int) -> Int {
        lines(length: name.unicodeScalars.count, width: width)
    }

    /// How many lines a name of `length` characters takes in a box `width` wide.
    static func lines(length: Int, width: Int) -> Int {
        let usable = max(characterWidth, width - 2 * margin)
        let text = length * characterWidth
        let lines = (text + usable - 1) / usable
        // Words break at spaces, not anywhere: one more line once the name wraps at all.
        return lines <= 1 ? 1 : lines + 1
    }

    /// A box for a node of its own: at least Archi's default 120 × 55, wider for long names up to
    /// `maxWidth`, then taller.
    static func box(_ name: String, maxWidth: Int = 240) -> (w: Int, h: Int) {
        let w = min(maxWidth, max(120, name.unicodeScalars.count * characterWidth + 2 * margin + 20))
        return (w, max(55, lines(name, width: w) * lineHeight + 24))
    }
}
