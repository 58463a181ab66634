/// Invented texts for applicaties: a one-line summary and, now and then, a longer markdown
/// description with a feature list or a small table (to exercise the site's markdown).
enum ApplicatieTexts {
    /// "Burgerzaken" stays, "Archeologie" becomes "archeologie"; acronyms ("WOZ-taxatie") stay.
    static func lowercasedTopic(_ noun: String) -> String {
        let characters = Array(noun)
        guard characters.count > 1, characters[1].isLowercase else { return noun }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    static func kort(naam: String, noun: String, referentiecomponent: String, _ random: inout SplitMix64) -> String {
        let topic = lowercasedTopic(noun)
        switch random.below(5) {
        case 0: return "\(naam) ondersteunt gemeenten bij \(topic), van registratie tot rapportage."
        case 1: return "Met \(naam) regelen gemeenten \(topic) op één plek, ook samen met andere gemeenten."
        case 2: return "\(naam) is geschikt als \(lowercasedTopic(referentiecomponent)) in de GEMMA-architectuur."
        case 3: return "Webapplicatie voor \(topic) met koppelingen naar de landelijke voorzieningen."
        default: return "\(naam): \(topic) voor kleine en grote gemeenten, als dienst of op eigen servers."
        }
    }

    private static let features = [
        "Zaakgericht werken volgens de ZGW API's", "Rapportages en dashboards voor management",
        "Rollen en rechten per team", "Koppelingen met basisregistraties", "Digitaal ondertekenen",
        "Volledige audit trail", "Werkt op tablet en telefoon", "Import en export naar CSV en Excel",
        "Single sign-on via SAML of OpenID Connect", "Toegankelijk volgens WCAG 2.1 AA",
        "Sjablonen voor brieven en besluiten", "Open API met documentatie (OpenAPI 3)",
        "Automatische archivering volgens de selectielijst", "Meertalige klantportalen",
    ]

    static func lang(naam: String, noun: String, aanbieder: String, _ random: inout SplitMix64) -> String {
        var text = "\(naam) van \(aanbieder) helpt gemeenten met \(lowercasedTopic(noun)). "
        text += "De applicatie wordt sinds \(random.int(2004...2024)) ontwikkeld en is in gebruik bij gemeenten van "
        text += random.pick(["elke omvang", "middelgrote omvang", "meer dan 50.000 inwoners", "minder dan 30.000 inwoners"]) + "."
        switch random.below(3) {
        case 0:
            text += "\n\n## Functionaliteit\n\n"
            text += random.sample(features, count: random.int(3...5)).map { "- \($0)" }.joined(separator: "\n")
        case 1:
            text += "\n\n## Uitvoeringen\n\n| Uitvoering | Hosting | Geschikt voor |\n| --- | --- | --- |\n"
            text += "| Basis | SaaS | tot 30.000 inwoners |\n"
            text += "| Plus | SaaS of eigen beheer | tot 100.000 inwoners |\n"
            text += "| Enterprise | eigen beheer | grote gemeenten en samenwerkingen |"
        default:
            text += "\n\nDe applicatie is **modulair** opgezet: gemeenten nemen alleen de onderdelen af die ze nodig hebben."
        }
        return text + "\n"
    }
}
