import JSON

/// Every message about the data folder, one function per kind of problem, written for the
/// functioneel beheerder: what is wrong and what to do.
enum LoaderMessages {
    static func kind(of value: JSONNodeValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "een true/false-waarde"
        case .number: "een getal"
        case .string: "tekst"
        case .array: "een lijst"
        case .object: "een object"
        }
    }

    static func wrongType(path: String, expected: String, actual: JSONNodeValue) -> String {
        "hier hoort \(expected), maar er staat \(kind(of: actual)): pas de waarde aan"
    }

    static func missingField(_ key: String, in path: String) -> String {
        "het verplichte veld '\(key)' ontbreekt: voeg \"\(key)\": … toe aan dit object"
    }

    static func emptyField(_ key: String) -> String {
        "het verplichte veld '\(key)' is leeg: vul het in"
    }

    static func duplicateField(_ key: String) -> String {
        "het veld '\(key)' staat twee keer in dit object: laat er één staan"
    }

    static func unknownField(_ key: String) -> String {
        "onbekend veld '\(key)' wordt genegeerd en niet gepubliceerd: controleer de spelling (zie de pagina's onder /gegevens/)"
    }

    static func outOfRange(_ key: String, _ value: Int, _ range: ClosedRange<Int>) -> String {
        "\(value) ligt buiten \(range.lowerBound)–\(range.upperBound): geef '\(key)' een waarde van \(range.lowerBound) tot en met \(range.upperBound)"
    }

    static func badURL(_ key: String, _ text: String) -> String {
        "'\(text)' is geen bruikbaar webadres voor '\(key)': begin met https:// (of http:// of mailto:) en gebruik geen spaties"
    }

    static func badDate(_ key: String, _ text: String) -> String {
        "'\(text)' is geen geldige datum voor '\(key)': schrijf JJJJ-MM-DD, bijvoorbeeld 2026-06-30"
    }

    static func badEnumeration(_ key: String, _ text: String, allowed: [String]) -> String {
        "'\(text)' is geen toegestane waarde voor '\(key)': kies uit \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
    }

    static func notAnArray(_ file: String) -> String {
        "\(file) moet een lijst van objecten zijn: begin het bestand met '[' en eindig met ']'"
    }

    static func duplicateID(_ id: String, firstPath: String) -> String {
        "de id '\(id)' komt al voor in \(firstPath): geef elk object een eigen id"
    }

    static func danglingReference(_ id: String, field: String, target: String) -> String {
        "'\(id)' in '\(field)' verwijst naar \(target) die niet bestaat: verbeter de id of voeg het ontbrekende object toe"
    }

    static func gemmaReference(_ id: String, field: String, expected: String) -> String {
        "'\(id)' in '\(field)' is geen \(expected) in gemma.xml: gebruik het GEMMA Object ID (zie GEMMA Online) of werk gemma.xml bij"
    }

    static func wrongOrganisatieType(_ id: String, field: String, actual: String, expected: String) -> String {
        "'\(id)' in '\(field)' is een \(actual); hier hoort \(expected): kies een andere organisatie"
    }

    static func koppelingTarget(bothGiven: Bool) -> String {
        bothGiven
            ? "een koppeling heeft óf 'doel' óf 'buitengemeentelijkeVoorziening', niet allebei: haal er één weg"
            : "een koppeling heeft 'doel' (een gebruik) of 'buitengemeentelijkeVoorziening' (een landelijke voorziening) nodig: vul er één in"
    }

    static func koppelingOtherAfnemer(_ doel: String) -> String {
        "het doel '\(doel)' hoort bij een andere organisatie dan de bron: een koppeling verbindt twee applicaties in hetzelfde landschap"
    }

    static func uncheckedGemma(_ count: Int) -> String {
        "geen GEMMA-model gevonden: \(count) verwijzingen naar GEMMA zijn niet gecontroleerd; zet gemma.xml (AMEFF) in de gegevensmap"
    }

    static let beoordelingSubject = "een beoordeling gaat over óf een 'applicatie' óf een 'dienst': vul precies één van beide in"

    static let missingOrganisaties = "organisaties.json ontbreekt: de catalogus heeft ten minste dit bestand nodig (een lijst van organisaties, mag leeg zijn: [])"

    static func missingFolder(_ path: String) -> String {
        "de gegevensmap '\(path)' bestaat niet: geef met --data de map met organisaties.json en de andere gegevensbestanden"
    }

    static func versionOfOtherApplicatie(_ versie: String) -> String {
        "de applicatieversie '\(versie)' hoort bij een andere applicatie: kies een versie van de applicatie van dit gebruik"
    }
}
