/// Every Dutch message the engine shows, one function per kind of problem, so texts cannot drift.
enum Message {
    static func unclosedTag(_ opening: String, expected closing: String) -> String {
        "tag '\(opening)…' wordt niet gesloten: voeg '\(closing)' toe"
    }

    static func emptyName(_ tag: String, _ delimiters: Delimiters) -> String {
        "lege tagnaam in '\(tag)': schrijf een naam tussen \(delimiters.open) en \(delimiters.close)"
    }

    static func invalidName(_ name: String, _ tag: String) -> String {
        "ongeldige naam '\(name)' in '\(tag)': een naam bevat geen spaties en geen lege delen rond een punt"
    }

    static func invalidDelimiters(_ tag: String) -> String {
        "ongeldige wissel van scheidingstekens '\(tag)': schrijf twee tekenreeksen zonder spaties of '=', "
            + "bijvoorbeeld {{=<% %>=}}"
    }

    static func unclosedSection(_ name: String, _ delimiters: Delimiters) -> String {
        "sectie '\(name)' wordt niet gesloten: voeg \(delimiters.open)/\(name)\(delimiters.close) toe"
    }

    static func unexpectedClose(_ tag: String, _ name: String, _ delimiters: Delimiters) -> String {
        "sluittag '\(tag)' hoort bij geen enkele open sectie: verwijder hem of voeg "
            + "\(delimiters.open)#\(name)\(delimiters.close) toe"
    }

    static func mismatchedClose(_ tag: String, open name: String, at location: SourceLocation, _ delimiters: Delimiters) -> String {
        "sluittag '\(tag)' past niet: sectie '\(name)' (regel \(location.line), kolom \(location.column)) "
            + "is nog open; sluit die eerst met \(delimiters.open)/\(name)\(delimiters.close)"
    }

    static func contentInParent(_ parent: String) -> String {
        "alleen blokken ({{$naam}}…{{/naam}}) en commentaar mogen direct binnen {{<\(parent)}} staan: "
            + "verplaats de rest naar een blok"
    }

    static func unknownPartial(_ name: String, path: String) -> String {
        "onbekende partial '\(name)': maak \(path) aan of verwijder de tag"
    }

    static func unknownParent(_ name: String, path: String) -> String {
        "onbekend basistemplate '\(name)': maak \(path) aan of verwijder de tag"
    }

    static func unknownTemplate(_ name: String) -> String {
        "onbekend template '\(name)': controleer de naam of maak het template aan"
    }

    static func unknownVariable(_ name: String) -> String {
        "onbekende variabele '\(name)': geef het view model een veld '\(name)' of verwijder de tag"
    }

    static func unknownSection(_ name: String) -> String {
        "onbekende sectie '\(name)': geef het view model een veld '\(name)' (null, false of een lege lijst mag) "
            + "of verwijder de sectie"
    }

    static func rawPlainText(_ name: String) -> String {
        "'\(name)' wordt ongeëscaped weergegeven, maar is gewone tekst: gebruik {{\(name)}} "
            + "of geef het view model een html-waarde"
    }

    static func notText(_ name: String, kind: String) -> String {
        "'\(name)' is \(kind) en kan niet als tekst worden weergegeven: gebruik {{#\(name)}}…{{/\(name)}}"
    }

    static func tooDeep(_ name: String, limit: Int) -> String {
        "'\(name)' is meer dan \(limit) keer in zichzelf ingevoegd: controleer partials en basistemplates "
            + "op oneindige herhaling"
    }
}
