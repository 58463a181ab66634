extension CSV {
    /// One field as it appears in the file, for tests and single values; `encode` writes the same
    /// bytes straight into its buffer.
    ///
    /// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a
    /// single quote, as OWASP advises against CSV injection: Excel and LibreOffice would otherwise
    /// run it as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`). This includes negative numbers:
    /// `-5` becomes `'-5`. All cells here are text, so there is nothing to keep numeric, and a rule
    /// with exceptions for "number-like" text is a rule that can be slipped past.
    ///
    /// The field is then quoted when it contains `;`, `"`, CR or LF, with inner quotes doubled
    /// (RFC 4180 with `;` as separator).
    static func field(_ text: String) -> String {
        var output = FileBytes(capacity: text.utf8.count + 8)
        appendField(text, to: &output)
        return String(decoding: output.finish(), as: UTF8.self)
    }

    static func appendField(_ text: String, to output: inout FileBytes) {
        withUTF8Bytes(text) { bytes in
            let neutralise = bytes.first.map(startsFormula) ?? false
            guard bytes.contains(where: needsQuoting) else {
                if neutralise { output.append(apostrophe) }
                output.append(bytes)
                return
            }
            output.append(quote)
            if neutralise { output.append(apostrophe) }
            var runStart = 0
            for index in bytes.indices where bytes[index] == quote {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                output.append(quote)
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
            output.append(quote)
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")

    @inline(__always)
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    @inline(__always)
    private static func needsQuoting(_ byte: UInt8) -> Bool {
        // ';' (0x3B) is the highest byte that needs quoting; most bytes exit at the first test.
        byte <= 0x3B && (byte == separator || byte == quote || byte == 0x0D || byte == 0x0A)
    }
}
