/// Why a file is not well-formed XML, at the byte where the tokenizer noticed.
struct XMLError: Error, Equatable {
    var offset: Int
    var problem: XMLProblem
}

/// The kinds of malformed input the tokenizer reports; `GemmaMessages.xml(_:lineOf:)` words them.
enum XMLProblem: Equatable {
    /// The file ends while `element` (opened at `openedAt`) or a construct is still open.
    case unexpectedEnd(element: String?, openedAt: Int?)
    case mismatchedEndTag(expected: String, found: String, openedAt: Int)
    case endTagWithoutStartTag(String)
    case unclosedComment
    case doubleHyphenInComment
    case unclosedCDATA
    case unclosedProcessingInstruction
    case misplacedXMLDeclaration
    case unsupportedEncoding(String)
    case bareAmpersand
    case unknownEntity(String)
    case invalidCharacterReference(String)
    case attributeWithoutQuotes(String)
    case attributeWithoutValue(String)
    case duplicateAttribute(String)
    case lessThanInAttributeValue(String)
    case missingWhitespaceBetweenAttributes
    case invalidName
    case unexpectedCharacter(String)
    case invalidUTF8
    case forbiddenControlCharacter(UInt8)
    case textOutsideRootElement
    case secondRootElement(String)
    case noRootElement
}
