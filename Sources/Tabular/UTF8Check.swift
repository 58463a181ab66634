/// Finds the first byte that is not well-formed UTF-8, so that a file saved as Latin-1 is reported
/// where its first `é` stands instead of being read with replacement characters.
enum UTF8Check {
    /// The offset of the first byte of the first ill-formed sequence at or after `start`, or nil.
    /// Swift's decoder is strict (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    static func firstInvalidByte(in bytes: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset < bytes.count && bytes[offset] < 0x80 { offset += 1 }
        guard offset < bytes.count else { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[offset...].makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
