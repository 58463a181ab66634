/// Every Dutch text of `swc report`: page texts for VNG's reviewers and messages for the terminal.
enum ReportMessages {
    // MARK: Index

    static func indexIntro(naam: String, peildatum: String?) -> String {
        let what = naam.isEmpty ? "de catalogus" : naam
        return "Rapporten over \(what)" + (peildatum.map { ", momentopname van \($0)" } ?? "")
            + ", voor de beoordelaars bij VNG. Ze horen niet op de publieke site: ze noemen concepten, contactpersonen en onvolledige gegevens."
    }

    static func checkResult(errors: Int, warnings: Int) -> String {
        let found = "\(errors) \(errors == 1 ? "fout" : "fouten") en \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
        return errors == 0
            ? "De controle van de gegevensmap vond \(found); 'swc check' toont ze."
            : "De controle van de gegevensmap vond \(found): zo wordt er geen site gebouwd. 'swc check' toont ze; de rapporten zijn gemaakt uit de gegevens zoals ze zijn."
    }

    static func download(_ heading: String) -> String { "\(heading) als CSV" }
    static func rows(_ count: Int) -> String { "\(count) \(count == 1 ? "rij" : "rijen")" }
    static let missingObject = "(bestaat niet)"

    // MARK: Concepten

    static let conceptTitle = "Concepten ter beoordeling"
    static let conceptIntro = "Organisaties en applicaties met status 'Concept' wachten op beoordeling. Zet na akkoord de status op 'Actief' (organisaties) of 'Gepubliceerd' (applicaties)."
    static let conceptOrganisatiesHeading = "Organisaties in concept"
    static let conceptOrganisatiesIntro = "Een organisatie meldt zich zelf aan; 'Aangemeld door' noemt haar contactpersonen, het aanspreekpunt eerst."
    static let conceptApplicatiesHeading = "Applicaties in concept"
    static let conceptApplicatiesIntro = "'Geregistreerd door' is de organisatie die de applicatie namens de aanbieder invoerde. 'Gebruikt door' telt de organisaties met de applicatie in hun landschap."
    static let noConceptOrganisaties = "Er zijn geen organisaties in concept."
    static let noConceptApplicaties = "Er zijn geen applicaties in concept."
    static let noContact = "(geen contactpersoon)"
    static let registeredBySupplier = "de aanbieder zelf"

    static func conceptFinding(organisaties: Int, applicaties: Int) -> String {
        "\(organisaties) \(organisaties == 1 ? "organisatie" : "organisaties") en \(applicaties) \(applicaties == 1 ? "applicatie" : "applicaties") in concept"
    }

    // MARK: Dubbelen

    static let duplicatesTitle = "Mogelijke dubbelen"

    static func duplicatesIntro(_ length: Int, _ distance: Int) -> String {
        "Namen worden vergeleken zonder accenten, hoofdletters, leestekens, rechtsvormen (B.V., N.V.), lidwoorden en versienummers; bij applicaties ook zonder de naam van de aanbieder. Twee namen lijken op elkaar als ze dan gelijk zijn, of als ze allebei minstens \(length) tekens hebben en hooguit \(distance) tekens verschillen. Controleer elk paar: 'Voorstel' is het commando dat ze samenvoegt (eerst als proefdraai)."
    }

    static let duplicateApplicatiesHeading = "Mogelijk dubbele applicaties"
    static let duplicateApplicatiesIntro = "Applicaties van dezelfde aanbieder met (bijna) dezelfde naam, bijvoorbeeld twee keer geregistreerd door verschillende gemeenten. Het voorstel houdt de gepubliceerde of meest gebruikte."
    static let duplicateOrganisatiesHeading = "Mogelijk dubbele organisaties"
    static let duplicateOrganisatiesIntro = "Organisaties met dezelfde naam of hetzelfde KvK-nummer. Twee gemeenten met elk een eigen CBS-code tellen niet als dubbel."
    static let noDuplicateApplicaties = "Er zijn geen applicaties gevonden die op elkaar lijken."
    static let noDuplicateOrganisaties = "Er zijn geen organisaties gevonden die op elkaar lijken."
    static let differentTypes = "verschillende typen: controleer welke klopt"

    static func sameName(_ key: String) -> String { "zelfde naam ('\(key)')" }
    static func sameKvK(_ number: String) -> String { "zelfde KvK-nummer (\(number))" }
    static func nearName(_ a: String, _ b: String, _ distance: Int) -> String {
        "'\(a)' en '\(b)' verschillen \(distance) \(distance == 1 ? "teken" : "tekens")"
    }

    static func duplicatesFinding(applicaties: Int, organisaties: Int) -> String {
        "\(applicaties) \(applicaties == 1 ? "paar" : "paren") applicaties en \(organisaties) \(organisaties == 1 ? "paar" : "paren") organisaties"
    }

    // MARK: Kwaliteit

    static let qualityTitle = "Kwaliteit van de gegevens"
    static let qualityIntro = "Per type organisatie: hoeveel van de huidige organisaties (niet opgegaan in een andere, niet Deactief) de belangrijkste gegevens hebben, en hoeveel van hun verwijzingen naar GEMMA nog bestaan (een gemeente en samenwerking voor haar landschap, een leverancier voor haar applicaties en compliancy)."
    static let qualityPerTypeHeading = "Volledigheid per type"
    static let qualityPerTypeIntro = "'Totaal' is het aantal organisaties van dat type; bij de GEMMA-regel het aantal verwijzingen."
    static let missingHeading = "Organisaties met ontbrekende gegevens"
    static let missingIntro = "Per organisatie wat er ontbreekt, om gericht na te vragen."
    static let noOrganisaties = "Er zijn geen organisaties."
    static let nothingMissing = "Bij geen enkele organisatie ontbreekt iets."

    static func qualityFinding(incomplete: Int, lowest: String?) -> String {
        "\(incomplete) \(incomplete == 1 ? "organisatie mist" : "organisaties missen") gegevens" + (lowest.map { "; het minst ingevuld: \($0)" } ?? "")
    }

    // MARK: GEMMA

    static let gemmaTitle = "Verwijzingen naar GEMMA"
    static let noGemmaModel = "De gegevensmap heeft geen leesbaar GEMMA-model (gemma.xml), dus verwijzingen naar GEMMA zijn niet te controleren. Zet het model in de gegevensmap."
    static let noGemmaModelFinding = "niet te controleren: gemma.xml ontbreekt"

    static func gemmaIntro(release: String?, references: Int, broken: Int) -> String {
        let model = release.map { "GEMMA-release \($0)" } ?? "het GEMMA-model"
        return "Van de \(references) verwijzingen naar GEMMA in de gegevens bestaan er \(broken) niet in \(model) (gemma.xml in de gegevensmap). Meestal heeft een nieuwe release het object vervangen: zoek het opvolgende object op in GEMMA Online en vervang het Object ID."
    }

    static let brokenReferencesHeading = "Verwijzingen die niet meer bestaan"
    static let brokenReferencesIntro = "Elke verwijzing met bestand, regel, kolom en JSON-pad, zoals 'swc check' ze meldt."
    static let perObjectHeading = "Per Object ID"
    static let perObjectIntro = "Hoe vaak elk verdwenen object nog genoemd wordt: één vervanging lost al die verwijzingen op."
    static let noBrokenReferences = "Alle verwijzingen naar GEMMA bestaan."

    static func gemmaFinding(broken: Int, objects: Int) -> String {
        "\(broken) \(broken == 1 ? "verwijzing" : "verwijzingen") naar \(objects) \(objects == 1 ? "object" : "objecten") die niet meer in GEMMA \(objects == 1 ? "staat" : "staan")"
    }

    static func compliancySubject(_ id: String, _ applicatie: String) -> String { "compliancy \(id) van \(applicatie)" }
    static func gebruikSubject(_ id: String, _ afnemer: String, _ applicatie: String) -> String { "gebruik \(id) van \(afnemer): \(applicatie)" }
    static func koppelingSubject(_ id: String, _ afnemer: String) -> String { "koppeling \(id) van \(afnemer)" }

    // MARK: The output folder

    static func insideSite(_ output: String, site: String) -> String {
        "'\(output)' ligt in de site '\(site)' (daar staat .swc-site): rapporten voor beheer horen nooit op de site; kies een map buiten de site, bijvoorbeeld rapporten"
    }

    static func insideContent(_ output: String, content: String) -> String {
        "'\(output)' ligt in de inhoudsmap '\(content)' (daar staat _site.md): kies een map buiten content/, bijvoorbeeld rapporten"
    }

    static func insideData(_ output: String) -> String {
        "'\(output)' ligt in de gegevensmap: kies een map daarbuiten, bijvoorbeeld rapporten"
    }

    static func foreignFolder(_ output: String) -> String {
        "'\(output)' bestaat al en is niet leeg, maar is niet door 'swc report' gemaakt (er staat geen .swc-rapport in): kies een lege of nieuwe map, zodat er niets verloren gaat"
    }

    static func writeFailed(_ reason: String) -> String {
        "kan de rapporten niet schrijven (\(reason)): controleer rechten en vrije schijfruimte"
    }
}
