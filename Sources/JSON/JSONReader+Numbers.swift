extension Parser {
    /// Checks the number at `index` against the RFC 8259 grammar and returns its literal text:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == Byte.minus { index += 1 }
        guard index < end else { throw error(at: index, JSONMessages.endInNumber) }
        if Self.isNotANumberWord(word(at: index)) { throw unknownWord(at: index) }  // -Infinity
        if bytes[index] == Byte.zero {
            if index + 1 < end && Byte.isDigit(bytes[index + 1]) { throw error(at: index, JSONMessages.leadingZero) }
            index += 1
        } else {
            try requireDigits(JSONMessages.digitAfterMinus)
        }
        if index < end && bytes[index] == Byte.dot {
            index += 1
            try requireDigits(JSONMessages.digitAfterDot)
        }
        if index < end && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < end && (bytes[index] == Byte.plus || bytes[index] == Byte.minus) { index += 1 }
            try requireDigits(JSONMessages.digitInExponent)
        }
        if index < end && Self.continuesNumber(bytes[index]) {
            throw error(at: index, JSONMessages.invalidNumberCharacter(describe(at: index)))
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// Skips one or more digits, or fails at the first byte that is not one.
    private mutating func requireDigits(_ message: String) throws(JSONSyntaxError) {
        guard index < end else { throw error(at: index, JSONMessages.endInNumber) }
        guard Byte.isDigit(bytes[index]) else { throw error(at: index, message) }
        repeat { index += 1 } while index < end && Byte.isDigit(bytes[index])
    }

    /// Bytes that, right after a number, mean the author meant a longer number (`1,5` is not one of them:
    /// a comma is a separator).
    private static func continuesNumber(_ byte: UInt8) -> Bool {
        switch byte {
        case Byte.dot, Byte.plus, Byte.minus, Byte.zero...Byte.nine,
             UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
