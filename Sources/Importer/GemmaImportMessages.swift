/// Every message of `swc import gemma`, one function per kind: what is wrong and what to do.
enum GemmaImportMessages {
    static let noReferentiecomponenten = "dit model heeft geen referentiecomponenten (elementen met 'GEMMA type' = Referentiecomponent), "
        + "zodat niets in de catalogus meer gecontroleerd kan worden: is dit het GEMMA-model? Exporteer het volledige model uit Archi "
        + "(File › Export › Model to Open Exchange File)"

    static func currentUnreadable(_ message: String) -> String {
        "het huidige GEMMA-model is niet te lezen, dus alles in de nieuwe release telt als toegevoegd (\(message))"
    }

    static func breaking(_ id: String, naam: String?, field: String, kind: String) -> String {
        let named = naam.map { " (\($0))" } ?? ""
        return "'\(id)'\(named) in '\(field)' is in de nieuwe GEMMA-release geen \(kind) meer: kies een \(kind) uit de nieuwe release "
            + "of haal de verwijzing weg, en installeer de release daarna"
    }

    static let sameRelease = "gemma.xml is al precies dit bestand: er verandert niets"
}
