/// Every Dutch message the JSON reader gives, one function per kind of problem, so texts cannot drift.
/// Each says what is wrong and what to do, for someone editing the file in a text editor.
enum JSONMessages {
    private static let valueKinds =
        "een tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst [ … ] of een object { … }"

    // MARK: The file stops too early

    static let emptyFile = "het bestand houdt te vroeg op: er staat geen JSON in; "
        + "begin bijvoorbeeld met [ ] voor een lege lijst"
    static let endBeforeValue = "het bestand houdt te vroeg op: hier wordt nog een waarde verwacht"
    static let endBeforeColon = "het bestand houdt te vroeg op: na de veldnaam hoort ':' en een waarde"

    static func endInArray(line: Int, column: Int) -> String {
        "het bestand houdt te vroeg op: de lijst die op regel \(line), kolom \(column) begint, "
            + "wordt niet gesloten; sluit haar met ']'"
    }

    static func endInObject(line: Int, column: Int) -> String {
        "het bestand houdt te vroeg op: het object dat op regel \(line), kolom \(column) begint, "
            + "wordt niet gesloten; sluit het met '}'"
    }

    static func endInString(line: Int, column: Int) -> String {
        "het bestand houdt te vroeg op: de tekst die op regel \(line), kolom \(column) begint, "
            + "wordt niet afgesloten; zet er een '\"' achter"
    }

    static let endInNumber = "het bestand houdt te vroeg op: het getal is niet af"

    static func endInLiteral(_ word: String) -> String {
        "het bestand houdt te vroeg op: hier hoort '\(word)' te staan"
    }

    // MARK: Structure

    static let expectedCommaOrBracket =
        "hier wordt ',' of ']' verwacht: zet een komma tussen de elementen of sluit de lijst met ']'"
    static let expectedCommaOrBrace =
        "hier wordt ',' of '}' verwacht: zet een komma tussen de velden of sluit het object met '}'"
    static let expectedColon = "hier wordt ':' verwacht: zet een dubbele punt tussen de veldnaam en de waarde"
    static let expectedKey =
        "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht, zoals \"naam\": zet de naam tussen \"…\""
    static let trailingCommaInArray =
        "overbodige komma: na het laatste element van een lijst staat geen komma; verwijder deze komma"
    static let trailingCommaInObject =
        "overbodige komma: na het laatste veld van een object staat geen komma; verwijder deze komma"
    static let trailingContent = "na de waarde staat nog iets: een JSON-bestand bevat precies één waarde; "
        + "verwijder de rest of zet alle waarden samen in één lijst [ … ]"

    static func tooDeep(_ maxDepth: Int) -> String {
        "te diep genest: meer dan \(maxDepth) lijsten en objecten in elkaar; maak de gegevens minder diep"
    }

    // MARK: Values

    static func expectedValue(found character: String) -> String {
        "hier wordt een waarde verwacht, maar er staat \(character): schrijf \(valueKinds)"
    }

    static func unknownWord(_ word: String) -> String {
        "onbekende waarde '\(word)': schrijf \(valueKinds)"
    }

    static func capitalizedLiteral(_ word: String) -> String {
        "onbekende waarde '\(word)': schrijf '\(word.lowercased())' met kleine letters"
    }

    static func notANumberLiteral(_ word: String) -> String {
        "'\(word)' bestaat niet in JSON: gebruik null of een gewoon getal"
    }

    static let singleQuotes = "tekst staat hier tussen enkele aanhalingstekens: gebruik dubbele, \"zo\""
    static let curlyQuotes = "tekst staat hier tussen gekrulde aanhalingstekens (“ ”), zoals een tekstverwerker "
        + "die maakt: gebruik rechte dubbele aanhalingstekens, \"zo\""
    static let comment = "JSON kent geen commentaar: verwijder het commentaar"

    // MARK: Numbers

    static let leadingZero = "een getal begint niet met een 0 gevolgd door een cijfer: laat de voorloopnul weg, "
        + "of zet de waarde tussen aanhalingstekens als het een code is (\"0363\")"
    static let leadingPlus = "een getal begint niet met '+': laat de '+' weg"
    static let leadingDot = "een getal begint met een cijfer: schrijf 0.5 in plaats van .5"
    static let digitAfterMinus = "ongeldig getal: na '-' hoort een cijfer"
    static let digitAfterDot = "ongeldig getal: na de decimale punt hoort minstens één cijfer, bijvoorbeeld 1.0"
    static let digitInExponent = "ongeldig getal: na de 'e' hoort een cijfer, bijvoorbeeld 1e3 of 2.5E-4"

    static func invalidNumberCharacter(_ character: String) -> String {
        "ongeldig getal: \(character) hoort niet in een getal; gebruik een punt als decimaalteken "
            + "en zet andere waarden tussen aanhalingstekens"
    }

    // MARK: Strings

    static func stringTooLong(_ maxBytes: Int) -> String {
        let size = byteSize(maxBytes)
        return "tekst van meer dan \(size): een tekst mag hoogstens \(size) lang zijn; "
            + "kort hem in of zet de inhoud in een apart bestand"
    }

    static func controlCharacter(_ byte: UInt8) -> String {
        switch byte {
        case 0x0A, 0x0D:
            "regeleinde in een tekst: sluit de tekst eerst af met '\"', of schrijf \\n voor een nieuwe regel"
        case 0x09: "tab in een tekst: schrijf \\t in plaats van de tab"
        default: "onzichtbaar stuurteken (\(hex(byte))) in een tekst: verwijder het, of schrijf \\u00\(hex(byte).suffix(2))"
        }
    }

    static func unknownEscape(_ character: String) -> String {
        "onbekende escape '\\\(character)': gebruik \\\" \\\\ \\/ \\b \\f \\n \\r \\t of \\u gevolgd door vier "
            + "hexadecimale cijfers; schrijf \\\\ voor een gewone backslash"
    }

    static let invalidUnicodeEscape = "ongeldige escape: na \\u horen vier hexadecimale cijfers (0-9, a-f), "
        + "bijvoorbeeld \\u00e9 voor é"

    static func loneSurrogate(_ escape: String) -> String {
        "ongeldige escape '\(escape)': dit is de helft van een surrogaatpaar (\\uD800-\\uDFFF); "
            + "schrijf het teken zelf, of beide helften achter elkaar, zoals \\ud83d\\ude00"
    }

    static let invalidUTF8 = "dit is geen geldige UTF-8: sla het bestand op als UTF-8 "
        + "(in de meeste editors: 'Opslaan als' → codering UTF-8)"

    // MARK: Helpers

    /// `1 MB`, `64 kB` or `100 bytes`.
    private static func byteSize(_ bytes: Int) -> String {
        if bytes >= 1_048_576 && bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MB" }
        if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) kB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
