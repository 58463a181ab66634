import JSON
import XCTest

/// Mistakes inside numbers and strings, pointing at the offending character.
final class JSONReaderScalarErrorTests: XCTestCase {
    func testNumberGrammar() {
        assertError("[01]", line: 1, column: 2, startsWith: "een getal begint niet met een 0 gevolgd door een cijfer")
        assertError("[-012]", line: 1, column: 3, startsWith: "een getal begint niet met een 0")
        assertError("[+1]", line: 1, column: 2, startsWith: "een getal begint niet met '+'")
        assertError("[.5]", line: 1, column: 2, startsWith: "een getal begint met een cijfer")
        assertError("[-a]", line: 1, column: 3, startsWith: "ongeldig getal: na '-' hoort een cijfer")
        assertError("[1.]", line: 1, column: 4, startsWith: "ongeldig getal: na de decimale punt")
        assertError("[1e]", line: 1, column: 4, startsWith: "ongeldig getal: na de 'e' hoort een cijfer")
        assertError("[1.5.3]", line: 1, column: 5, startsWith: "ongeldig getal: '.' hoort niet in een getal")
        assertError("[12a]", line: 1, column: 4, startsWith: "ongeldig getal: 'a' hoort niet in een getal")
        assertError("[0x1F]", line: 1, column: 3, startsWith: "ongeldig getal: 'x'")
    }

    func testControlCharactersInStrings() {
        assertError("[\"regel\nvolgende\"]", line: 1, column: 8, startsWith: "regeleinde in een tekst")
        assertError("{\"a\": \"ë\tb\"}", line: 1, column: 9, startsWith: "tab in een tekst: schrijf \\t")
        assertError("[\"\u{1}\"]", line: 1, column: 3, startsWith: "onzichtbaar stuurteken (0x01) in een tekst")
    }

    func testInvalidEscapes() {
        assertError(#"["pad\naar\map"]"#, line: 1, column: 11, startsWith: "onbekende escape '\\m'")
        assertError(#"["\u12G4"]"#, line: 1, column: 3, startsWith: "ongeldige escape: na \\u horen vier hexadecimale cijfers")
        assertError(#"["\x"]"#, line: 1, column: 3, startsWith: "onbekende escape '\\x'")
    }

    func testLoneSurrogates() {
        let message = "ongeldige escape '\\u"
        assertError(#"["ok", "\ud83d"]"#, line: 1, column: 9, startsWith: message + "d83d': dit is de helft van een surrogaatpaar")
        assertError(#"["\ude00\ud83d"]"#, line: 1, column: 3, startsWith: message + "de00'")
        assertError(#"["\ud83d\u0041"]"#, line: 1, column: 3, startsWith: message + "d83d'")
        assertError(#"["\ud83dx"]"#, line: 1, column: 3, startsWith: message + "d83d'")
        assertError(#"["\ud83d\n"]"#, line: 1, column: 3, startsWith: message + "d83d'")
    }

    func testInvalidUTF8InStrings() {
        let prefix = Array("[\"😀".utf8)
        let message = "dit is geen geldige UTF-8"
        assertError(prefix + [0xFF] + Array("\"]".utf8), line: 1, column: 4, startsWith: message)
        assertError(prefix + [0xC0, 0x80] + Array("\"]".utf8), line: 1, column: 4, startsWith: message)  // overlong
        assertError(prefix + [0xED, 0xA0, 0x80] + Array("\"]".utf8), line: 1, column: 4, startsWith: message)  // surrogate
        assertError(prefix + [0xF4, 0x90, 0x80, 0x80] + Array("\"]".utf8), line: 1, column: 4, startsWith: message)  // > U+10FFFF
        assertError(prefix + [0xE2, 0x82] + Array("\"]".utf8), line: 1, column: 4, startsWith: message)  // cut short
        assertError(prefix + [0xE2, 0x82], line: 1, column: 4, startsWith: message)  // cut short at the end
        assertError(Array("[\"\n".utf8), line: 1, column: 3, startsWith: "regeleinde in een tekst")
    }
}
