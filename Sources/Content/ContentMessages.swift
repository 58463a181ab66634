/// Every message about editor content, in one place so texts stay consistent. Each says what is
/// wrong and what to do, in the editor's words.
enum ContentMessages {
    static let notUTF8 = "het bestand is geen geldige UTF-8: sla het op als UTF-8 (in de meeste editors: 'Opslaan als' → codering UTF-8)"
    static let missingFrontMatter = "de pagina heeft geen front matter: begin het bestand met een regel '---', dan 'titel: …' en 'beschrijving: …', en sluit af met een regel '---'"
    static func unclosedFrontMatter(afterLine line: Int) -> String {
        "de front matter wordt niet gesloten: zet een regel '---' onder de laatste sleutel (na regel \(line))"
    }

    static func notKeyValue(_ line: String) -> String {
        "de regel '\(line)' is geen 'sleutel: waarde': schrijf bijvoorbeeld 'titel: Over de catalogus'"
    }

    static func unknownKey(_ key: String, allowed: [String]) -> String {
        "onbekende sleutel '\(key)' in de front matter: gebruik alleen \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
    }

    static func duplicateKey(_ key: String) -> String {
        "de sleutel '\(key)' staat twee keer in de front matter: laat er één staan"
    }

    static func missingKey(_ key: String) -> String {
        "de sleutel '\(key)' ontbreekt of is leeg: voeg '\(key): …' toe aan de front matter"
    }

    static func notANumber(_ key: String, _ value: String) -> String {
        "'\(value)' is geen geheel getal: geef '\(key)' een getal, bijvoorbeeld '\(key): 10'"
    }

    static func badFileName(_ name: String, suggestion: String) -> String {
        "de bestandsnaam '\(name)' is geen nette URL: gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld '\(suggestion)'"
    }

    static func duplicateURL(_ url: String, other: String) -> String {
        "deze pagina krijgt hetzelfde adres \(url) als \(other): hernoem of verwijder één van beide"
    }

    static let missingMenu = "het menu ontbreekt: maak content/menu.md met een lijst van links, bijvoorbeeld '- [Home](/)'"
    static let missingSiteTexts = "de vaste teksten van de site ontbreken: maak content/_site.md met front matter (naam, beschrijving, …) en de voettekst"
    static let menuNotAList = "het menu mag alleen een lijst van links bevatten: zet elk menu-item op een regel '- [Tekst](/adres/)'"
    static let menuItemNotALink = "dit menu-item is geen link: schrijf het als '- [Tekst](/adres/)'"
    static let menuItemWithoutText = "dit menu-item heeft geen tekst: zet de tekst tussen de haken, '- [Tekst](/adres/)'"
    static let menuTooDeep = "het menu heeft hooguit twee niveaus: haal deze lijst een niveau omhoog"

    static func menuLinkBroken(_ url: String, candidates: [String]) -> String {
        "de menu-link '\(url)' wijst naar een pagina die niet bestaat: maak \(candidates.joined(separator: " of ")) aan, of verbeter de link"
    }

    static func menuLinkNotRooted(_ url: String) -> String {
        "de menu-link '\(url)' is geen adres op deze site: begin interne links met '/' (bijvoorbeeld '/over/') of externe met 'https://'"
    }
}
