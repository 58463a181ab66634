/// Every message of `CSVReader`, one per kind of problem, in Dutch for the person who exported the
/// file: what is wrong and what to do. Positions are not in the text; the caller puts them in front.
enum CSVMessages {
    /// `byte` is the first byte that is not UTF-8; from 0xA0 up Latin-1 and Windows-1252 agree on
    /// the character it stands for, which helps to find it.
    static func notUTF8(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        let character = byte >= 0xA0 ? ", in Latin-1 '\(Character(Unicode.Scalar(byte)))'" : ""
        return "het bestand is geen UTF-8 (byte 0x\(hex)\(character)): sla het op als UTF-8 (in Excel: Opslaan als › CSV UTF-8 (door komma's gescheiden))"
    }

    static let emptyFile = "het bestand is leeg: er hoort ten minste een kopregel met de kolomnamen in te staan"

    static let unclosedQuote = "het aanhalingsteken dat hier een veld opent wordt nergens gesloten, zodat de rest van het bestand in dit veld zou belanden: "
        + "sluit het veld af met \" of schrijf een aanhalingsteken in de tekst dubbel (\"\")"

    static let quoteInUnquotedField = "een aanhalingsteken midden in een veld zonder aanhalingstekens: "
        + "zet het hele veld tussen aanhalingstekens en schrijf het teken dubbel (\"\")"

    static func textAfterClosingQuote(_ separator: UInt8) -> String {
        "na het sluitende aanhalingsteken van een veld hoort een \(name(separator)) of het einde van de regel: "
            + "schrijf een aanhalingsteken dat in de tekst hoort dubbel (\"\")"
    }

    static func wrongFieldCount(_ found: Int, expected: Int, separator: UInt8) -> String {
        "deze regel heeft \(found) \(found == 1 ? "veld" : "velden"), de kopregel \(expected): "
            + "controleer de scheidingstekens; een \(name(separator)) in een tekst hoort tussen aanhalingstekens"
    }

    private static func name(_ separator: UInt8) -> String {
        switch separator {
        case UInt8(ascii: ";"): "puntkomma"
        case UInt8(ascii: ","): "komma"
        case 0x09: "tab"
        default: "'\(Character(Unicode.Scalar(separator)))'"
        }
    }
}
