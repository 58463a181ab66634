extension XMLTokenizer {
    /// Reads `name="value"` pairs up to `>` or `/>`; returns the offset after the tag.
    mutating func scanAttributes(from start: Int) throws(XMLError) -> (end: Int, isEmpty: Bool) {
        attributes.removeAll(keepingCapacity: true)
        let count = bytes.count
        var i = start
        while true {
            let beforeWhitespace = i
            i = skipWhitespace(from: i)
            guard i < count else { throw XMLError(offset: count, problem: unexpectedEnd) }
            switch bytes[i] {
            case ASCII.greaterThan:
                return (i + 1, false)
            case ASCII.slash:
                guard i + 1 < count else { throw XMLError(offset: count, problem: unexpectedEnd) }
                guard bytes[i + 1] == ASCII.greaterThan else {
                    throw XMLError(offset: i + 1, problem: .unexpectedCharacter(character(at: i + 1)))
                }
                return (i + 2, true)
            default:
                break
            }
            guard ASCII.isNameStart(bytes[i]) else {
                throw XMLError(offset: i, problem: .unexpectedCharacter(character(at: i)))
            }
            guard i > beforeWhitespace else { throw XMLError(offset: i, problem: .missingWhitespaceBetweenAttributes) }
            let attribute = try scanAttribute(at: i)
            if attributes.contains(where: { same($0.name, attribute.name) }) {
                throw XMLError(offset: i, problem: .duplicateAttribute(string(attribute.name)))
            }
            attributes.append(attribute)
            i = attribute.value.upperBound + 1
        }
    }

    private func scanAttribute(at start: Int) throws(XMLError) -> XMLAttribute {
        let count = bytes.count
        let name = try scanName(at: start)
        var i = skipWhitespace(from: name.upperBound)
        guard i < count else { throw XMLError(offset: count, problem: unexpectedEnd) }
        guard bytes[i] == ASCII.equals else { throw XMLError(offset: i, problem: .attributeWithoutValue(string(name))) }
        i = skipWhitespace(from: i + 1)
        guard i < count else { throw XMLError(offset: count, problem: unexpectedEnd) }
        let quote = bytes[i]
        guard quote == ASCII.doubleQuote || quote == ASCII.singleQuote else {
            throw XMLError(offset: i, problem: .attributeWithoutQuotes(string(name)))
        }
        i += 1
        let valueStart = i
        var needsDecoding = false
        while true {
            guard i < count else { throw XMLError(offset: count, problem: unexpectedEnd) }
            let byte = bytes[i]
            if byte == quote { break }
            if byte == ASCII.lessThan {
                throw XMLError(offset: i, problem: .lessThanInAttributeValue(string(name)))
            }
            if byte == ASCII.ampersand {
                i = try endOfReference(at: i)
                needsDecoding = true
                continue
            }
            if byte < ASCII.space { needsDecoding = true }
            i += 1
        }
        return XMLAttribute(name: name, value: valueStart..<i, needsDecoding: needsDecoding)
    }

    /// The attribute of the last start tag whose name is `name` exactly as written (`xsi:type`).
    func attribute(_ name: StaticString) -> XMLAttribute? {
        attributes.first { matches($0.name, name) }
    }

    /// The decoded value of attribute `name`, or nil when the tag does not have it.
    func attributeValue(_ name: StaticString) -> String? {
        attribute(name).map { value(of: $0) }
    }

    /// The value of an attribute as a non-negative whole number without making a String; nil when
    /// absent or not a number.
    func attributeInt(_ name: StaticString) -> Int? {
        guard let attribute = attribute(name), !attribute.value.isEmpty, attribute.value.count <= 18 else { return nil }
        var result = 0
        var sign = 1
        var range = attribute.value
        if bytes[range.lowerBound] == ASCII.hyphen {
            sign = -1
            range = range.dropFirst()
            guard !range.isEmpty else { return nil }
        }
        for i in range {
            let digit = Int(bytes[i]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            result = result * 10 + digit
        }
        return sign * result
    }

    /// The decoded value of an attribute of the last start tag.
    func value(of attribute: XMLAttribute) -> String {
        attribute.needsDecoding ? decode(attribute.value, inAttribute: true) : string(attribute.value)
    }
}
