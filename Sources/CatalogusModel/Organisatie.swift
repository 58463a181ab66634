/// A municipality, supplier, partnership or community, as `organisaties.json` holds it.
public struct Organisatie: Sendable, Equatable, Identifiable {
    public enum Soort: String, Sendable, CaseIterable {
        case gemeente = "Gemeente", leverancier = "Leverancier", samenwerking = "Samenwerking", community = "Community"
    }

    public enum Status: String, Sendable, CaseIterable {
        case actief = "Actief", concept = "Concept", deactief = "Deactief"
    }

    public var id: String
    public var naam: String
    public var type: Soort
    public var status: Status = .actief
    public var website: String?
    public var beschrijvingKort: String?
    public var beschrijvingLang: String?
    public var logo: String?
    public var cbsCode: String?
    public var provincie: String?
    public var inwonertal: Int?
    public var kvkNummer: String?
    public var emailadres: String?
    public var telefoonnummer: String?
    public var deelnames: [String] = []
    public var samenwerkingtype: String?
    public var opgegaanIn: String?

    public init(id: String, naam: String, type: Soort) {
        self.id = id
        self.naam = naam
        self.type = type
    }

    /// Gemeenten and samenwerkingen have landscapes; the contract keeps those from the public.
    public var isAfnemer: Bool { type == .gemeente || type == .samenwerking }
}

/// A person at an organisation; only aanspreekpunten are ever published.
public struct Contactpersoon: Sendable, Equatable, Identifiable {
    public var id: String
    public var organisatie: String
    public var voornaam: String?
    public var tussenvoegsel: String?
    public var achternaam: String?
    public var functie: String?
    public var emailadres: String
    public var telefoonnummer: String?
    public var isAanspreekpunt: Bool = false

    public init(id: String, organisatie: String, emailadres: String) {
        self.id = id
        self.organisatie = organisatie
        self.emailadres = emailadres
    }

    /// "Jan de Vries", or the e-mail address when no name is known.
    public var volledigeNaam: String {
        let parts = [voornaam, tussenvoegsel, achternaam].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? emailadres : parts.joined(separator: " ")
    }
}
