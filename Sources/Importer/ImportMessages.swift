/// Every message of `swc import swc-csv`, one function per kind, for the functioneel beheerder:
/// what is wrong, and what to do. Places are not in the text; the diagnostic puts them in front.
enum ImportMessages {
    // MARK: Reading the export

    static let unreadableFile = "het bestand bestaat niet of kan niet gelezen worden: controleer het pad en de rechten"

    static let commaSeparated = "de kopregel heeft maar één kolom en bevat komma's: het bestand lijkt met komma's gescheiden; "
        + "swc leest puntkomma's, zoals de export van softwarecatalogus.nl en Excel met Nederlandse instellingen: "
        + "sla het op als CSV UTF-8 met ; als scheidingsteken"

    static func missingColumn(_ name: String) -> String {
        "de verplichte kolom '\(name)' ontbreekt in de kopregel: exporteer opnieuw met deze kolom, of controleer de spelling van de kolomnaam"
    }

    static func duplicateColumn(_ name: String, firstAt column: Int) -> String {
        "de kolom '\(name)' staat twee keer in de kopregel (ook in kolom \(column)): laat er één staan"
    }

    static func emptyRequiredCell(_ column: String) -> String {
        "'\(column)' is leeg, zodat de regel nergens bij hoort: vul de cel in of haal de regel weg"
    }

    static func unknownStatus(_ text: String) -> String {
        "'\(text)' is geen bekende 'Pakketversie Status': gebruik \(OldExportStatus.spellings.map { "'\($0)'" }.joined(separator: ", ")) of laat de cel leeg"
    }

    static func badDate(_ text: String) -> String {
        "'\(text)' is geen datum als dd-mm-jj in 'Mutatiedatum pakketversie': schrijf bijvoorbeeld 05-03-24 voor 5 maart 2024 (een dag die bestaat)"
    }

    static let dateWithoutStatus = "de 'Mutatiedatum pakketversie' wordt niet overgenomen omdat 'Pakketversie Status' leeg is: "
        + "de datum hoort bij een status; vul die in"

    static func notAWebAddress(_ text: String) -> String {
        "'\(text)' in 'Pakket URL productpagina' is geen webadres en wordt niet overgenomen: begin met https:// (of http://) en gebruik geen spaties"
    }

    static func unknownReferentiecomponent(_ id: String) -> String {
        "'\(id)' is geen referentiecomponent in gemma.xml en wordt niet overgenomen: controleer het GEMMA Object ID, "
            + "of installeer eerst een nieuwere GEMMA-release (swc import gemma)"
    }

    static let referentiecomponentenUnchecked = "geen GEMMA-model in de gegevensmap: de Object ID's in 'Referentiecomponenten leverancier UUID' "
        + "zijn niet gecontroleerd; installeer eerst gemma.xml (swc import gemma) en importeer dan opnieuw"

    static func differentValue(_ kind: String, _ id: String, _ column: String, firstLine: Int) -> String {
        "\(kind) '\(id)' heeft hier een andere '\(column)' dan op regel \(firstLine); die van regel \(firstLine) is overgenomen: maak de regels gelijk"
    }

    // MARK: Skipped

    static func duplicateVersie(_ versie: String, pakket: String, firstLine: Int) -> String {
        "versie '\(versie)' van pakket '\(pakket)' staat al op regel \(firstLine): haal een van beide regels weg"
    }

    static func notALeverancier(_ id: String, type: String) -> String {
        "de id '\(id)' is in organisaties.json een \(type), geen leverancier; de leverancier en zijn pakketten zijn niet overgenomen: "
            + "geef in organisaties.json die organisatie een andere id"
    }

    static func leverancierSkipped(_ pakket: String, leverancier: String) -> String {
        "pakket '\(pakket)' is niet overgenomen omdat zijn leverancier '\(leverancier)' is overgeslagen"
    }

    static func noDescription(_ pakket: String) -> String {
        "pakket '\(pakket)' heeft geen 'Pakket Beschrijving' en een applicatie heeft een korte beschrijving nodig; "
            + "het pakket en zijn versies zijn niet overgenomen: vul de beschrijving in"
    }

    static func pakketSkipped(_ versie: String, pakket: String) -> String {
        "versie '\(versie)' is niet overgenomen omdat pakket '\(pakket)' is overgeslagen"
    }

    // MARK: The data folder

    static func notAnArray(_ file: String) -> String {
        "\(file) moet een lijst van objecten zijn: begin het bestand met '[' en eindig met ']'"
    }

    static func writeFailed(_ reason: String) -> String {
        "kan het bestand niet schrijven (\(reason)): controleer de rechten en de vrije schijfruimte; het oude bestand is ongewijzigd"
    }
}
