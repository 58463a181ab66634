/// Every Dutch text of `swc merge`, one function per kind of message, for the functioneel beheerder:
/// what is wrong or what changes, and what to do.
enum BeheerMessages {
    // MARK: Reading

    static func notAnArray(_ file: String) -> String {
        "\(file) moet een lijst van objecten zijn: begin het bestand met '[' en eindig met ']'"
    }

    static let notAnObject = "elk element van de lijst hoort een object { … } te zijn: maak er een object van of haal het weg"

    static func missingFile(_ file: String) -> String {
        "\(file) ontbreekt in de gegevensmap: er is niets samen te voegen; controleer --data"
    }

    static func folderHasErrors(_ count: Int) -> String {
        "de gegevensmap heeft \(count) \(count == 1 ? "fout" : "fouten") (de andere meldingen): los die eerst op (zie 'swc check'); swc voegt alleen een foutloze map samen"
    }

    // MARK: The request

    static func unknownID(_ id: String, kind: MergeKind, role: String?) -> String {
        let what = kind == .organisaties ? "organisatie" : "applicatie"
        let given = role.map { " (bij \($0))" } ?? ""
        return "er is geen \(what) met id '\(id)'\(given): controleer de id in \(kind.fileName) (het veld 'id', niet de naam)"
    }

    static func repeatedID(_ id: String) -> String {
        "'\(id)' staat meer dan eens in de lijst om samen te voegen: noem elke id één keer"
    }

    static func intoAmongMerged(_ id: String) -> String {
        "'\(id)' is de blijvende (--into) en staat ook bij de samen te voegen ids: haal '\(id)' uit die lijst"
    }

    static func survivorMergedAlready(_ id: String, _ further: String) -> String {
        "'\(id)' is zelf al opgegaan in '\(further)': voeg samen in '\(further)' (--into \(further)), of haal 'opgegaanIn' weg als dat niet klopt"
    }

    static func mergedElsewhere(_ id: String, _ earlier: String, into: String) -> String {
        "'\(id)' is al opgegaan in '\(earlier)', niet in '\(into)': kies --into \(earlier), of pas 'opgegaanIn' aan als dat niet klopt"
    }

    static func otherType(_ id: String, _ type: String, into: String, _ survivorType: String) -> String {
        "'\(id)' is een \(type) en '\(into)' een \(survivorType): alleen organisaties van hetzelfde type kunnen samengaan; controleer de ids"
    }

    static func otherAanbieder(_ id: String, _ aanbieder: String, into: String, _ survivorAanbieder: String) -> String {
        "'\(id)' heeft aanbieder '\(aanbieder)' en '\(into)' aanbieder '\(survivorAanbieder)': alleen applicaties van dezelfde aanbieder kunnen samengaan; verbeter eerst 'aanbieder' als het echt hetzelfde product is"
    }

    static func mergeWouldBreak(_ count: Int) -> String {
        "na het samenvoegen zou de gegevensmap \(count) \(count == 1 ? "fout" : "fouten") hebben (de andere meldingen; hun regels gelden voor de nieuwe bestanden): er is niets geschreven; meld dit aan de ontwikkelaars van swc"
    }

    // MARK: The summary

    static func mergeHeading(_ kind: MergeKind, _ merged: [String], into: String) -> String {
        let what = kind == .organisaties ? "organisaties" : "applicaties"
        return "Samenvoegen van \(what): \(merged.joined(separator: ", ")) → \(into)"
    }

    static let nothingToDo = "Niets te wijzigen: alles is al samengevoegd."

    static func fileHeading(_ file: String, changed: Int, removed: Int) -> String {
        var parts = ["\(changed) \(changed == 1 ? "object" : "objecten") gewijzigd"]
        if removed > 0 { parts.append("\(removed) verwijderd") }
        return "\(file): " + parts.joined(separator: ", ")
    }

    static func movedTo(_ survivor: String) -> String { "overgezet naar \(survivor)" }
    static func mergedInto(_ survivor: String) -> String { "opgegaan in \(survivor)" }
    static func deelnamesTaken(_ ids: [String]) -> String { "deelnames aangevuld met \(ids.joined(separator: ", "))" }
    static let referencesRepointed = "verwijzing omgezet naar de blijvende"
    static let deelnemersRepointed = "deelnemers omgezet naar de blijvende organisatie"
    static let folded = "samengevoegd met een regel van dezelfde applicatie"
    static let foldedVersion = "samengevoegd met dezelfde versie van de blijvende applicatie"
    static let repointedToFoldedLine = "omgezet naar de samengevoegde gebruiksregel"
    static let removedSelfLoop = "verwijderd: verbond na het samenvoegen een applicatie met zichzelf"
    static let intermediairRepointed = "intermediair omgezet naar de blijvende applicatie"
    static let removedOlderBeoordeling = "verwijderd: oudere beoordeling van hetzelfde onderwerp"
    static let removedDuplicateCompliancy = "verwijderd: de blijvende applicatie heeft al compliancy voor deze standaardversie"
    static let updated = "aangevuld of bijgewerkt"

    static func fold(_ fold: GebruikFold.Fold) -> String {
        "\(fold.dropped) → \(fold.kept) (\(fold.applicatie))"
    }

    static func removal(_ removal: NewestBeoordeling.Removal) -> String {
        "\(removal.removed) (\(removal.kept) blijft)"
    }

    static func notInStableFormat(_ file: String) -> String {
        "let op: \(file) staat niet in de vaste opmaak van swc; met --write wordt het hele bestand opnieuw opgemaakt, dus de diff laat meer zien dan de samenvoeging"
    }

    static let notesHeading = "Nakijken:"

    /// `hidden` is the status that keeps the object off the site: Deactief or Gedepubliceerd.
    static func stillVisible(_ label: String, status: String, hidden: String, into: String) -> String {
        "\(label) houdt status '\(status)': de site maakt van de pagina een doorverwijzing naar \(into); zet 'status' op '\(hidden)' als ook die doorverwijzing weg moet"
    }

    static func survivorHidden(_ label: String, status: String) -> String {
        "\(label) zelf heeft status '\(status)': wat erin opgaat, is op de site niet te zien; controleer of dit de goede blijvende is"
    }

    static func parallelKoppelingen(_ ids: [String]) -> String {
        "de koppelingen \(ids.joined(separator: ", ")) verbinden nu dezelfde applicaties op dezelfde manier: kijk of er één weg kan"
    }

    // MARK: Writing

    /// `replaced`: files already replaced when a rename failed; empty when nothing changed.
    static func writeFailed(_ reason: String, replaced: [String]) -> String {
        guard !replaced.isEmpty else {
            return "kan het bestand niet schrijven (\(reason)): er is niets gewijzigd; controleer rechten en vrije schijfruimte"
        }
        return "kan het bestand niet vervangen (\(reason)); al vervangen zijn \(replaced.joined(separator: ", ")): zet die terug (bijvoorbeeld met git) en herhaal de samenvoeging"
    }
}
