/// Parts for invented supplier names ("Polderlogic B.V.", "Stadskompas Software B.V.").
/// Combined at random; any likeness to an existing company is accidental.
enum CompanyNames {
    static let stems = [
        "Polder", "Delta", "Dijk", "Kompas", "Stads", "Burger", "Raad", "Zaak", "Data", "Proces",
        "Noorder", "Zuider", "Ooster", "Wester", "Kanaal", "Molen", "Gracht", "Brug", "Duin", "Heide",
        "Haven", "Toren", "Anker", "Baken", "Plein", "Linde", "Eiken", "Beuken", "Wilg", "Kwartel",
        "Reiger", "Lepel", "Kiekendief", "IJsvogel", "Meeuw", "Zwaluw", "Vlinder", "Bever", "Otter", "Das",
        "Civi", "Muni", "Publi", "Regi", "Loket", "Archi", "Info", "Geo", "Digi", "Klant",
    ]

    static let tails = [
        "logic", "soft", "ware", "data", "works", "tech", "net", "sys", "point", "flow",
        "wijs", "werk", "kracht", "link", "vision", "base", "lab", "stack", "hub", "plan",
    ]

    static let sectors = [
        "Software", "Automatisering", "ICT", "Informatica", "Systems", "Solutions", "Digital",
        "Consultancy", "Services", "Technologies", "Groep", "Advies",
    ]

    /// `(before, after)` the name: "Stichting Kwartelwijs", "Polderlogic B.V.".
    static let legalForms: [((String, String), Double)] = [
        (("", "B.V."), 70), (("", "N.V."), 3), (("", "Holding B.V."), 4), (("", "Nederland B.V."), 8),
        (("", "Ltd."), 3), (("", "GmbH"), 2), (("", "v.o.f."), 3), (("Coöperatie", "U.A."), 2),
        (("Stichting", ""), 2), (("", "BV"), 3),
    ]

    static let specialismen = [
        "het sociaal domein", "burgerzaken en dienstverlening", "belastingen en WOZ",
        "de fysieke leefomgeving", "informatiebeheer en archivering", "financiën en bedrijfsvoering",
        "infrastructuur en informatiebeveiliging", "data en analyse", "zaakgericht werken",
        "klantcontact en websites", "openbare orde en veiligheid", "personeel en organisatie",
    ]

    static let productSuffixes: [(String, Double)] = [
        ("", 60), ("Online", 6), ("360", 4), ("Plus", 5), ("Pro", 4), ("Cloud", 5), ("Suite", 4),
        ("Next", 3), ("Go", 2), ("Connect", 4), ("Insight", 2), ("Flex", 2),
    ]
}
