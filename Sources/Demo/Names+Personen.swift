/// Parts for invented contact persons. Common Dutch first names and family names, combined at
/// random and given `example.nl` addresses: nobody real is meant.
enum PersonNames {
    static let voornamen = [
        "Anouk", "Bas", "Carla", "Daan", "Eline", "Femke", "Gert", "Hanneke", "Ilse", "Joost",
        "Karin", "Lars", "Marloes", "Niels", "Olga", "Pieter", "Quinten", "Roos", "Sander", "Tessa",
        "Ugo", "Vera", "Wouter", "Xandra", "Yvonne", "Zeger", "Ahmed", "Bram", "Chantal", "Dirk",
        "Esther", "Fatima", "Gijs", "Hatice", "Inge", "Jeroen", "Kees", "Linda", "Mohamed", "Nadia",
        "Oscar", "Petra", "Rik", "Saskia", "Thijs", "Ursula", "Vincent", "Wendy", "Youssef", "Zoë",
        "Annelies", "Bart", "Cor", "Dewi", "Emre", "Frank", "Gerda", "Hugo", "Iris", "Jasper",
        "Kim", "Lotte", "Martijn", "Noor", "Patrick", "Rianne", "Stefan", "Tim", "Willemijn", "Yara",
    ]

    /// Family names as `(tussenvoegsel, achternaam)`.
    static let achternamen: [(String?, String)] = [
        ("de", "Vries"), ("van", "Dijk"), (nil, "Bakker"), (nil, "Jansen"), ("van der", "Berg"),
        (nil, "Visser"), (nil, "Smit"), (nil, "Meijer"), ("de", "Boer"), (nil, "Mulder"),
        ("de", "Groot"), (nil, "Bos"), (nil, "Vos"), (nil, "Peters"), (nil, "Hendriks"),
        ("van", "Leeuwen"), (nil, "Dekker"), (nil, "Brouwer"), ("de", "Wit"), (nil, "Dijkstra"),
        (nil, "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"), (nil, "Kok"),
        (nil, "Jacobs"), ("de", "Haan"), (nil, "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"),
        ("van den", "Broek"), ("de", "Bruijn"), ("de", "Jong"), (nil, "Schouten"), ("van", "Beek"),
        (nil, "Willems"), ("van", "Vliet"), (nil, "Hoekstra"), (nil, "Maas"), (nil, "Verhoeven"),
        (nil, "Koster"), ("van", "Dam"), ("van der", "Wal"), (nil, "Prins"), (nil, "Blom"),
        (nil, "Huisman"), ("el", "Amrani"), (nil, "Yilmaz"), (nil, "Kaya"), (nil, "Postma"),
        (nil, "Kuipers"), ("van", "Wijk"), (nil, "Timmermans"), ("ter", "Horst"), (nil, "Zwart"),
        ("van 't", "Hof"), (nil, "Veenstra"), (nil, "Kramer"), (nil, "Wolters"), ("in 't", "Veld"),
    ]

    static let functiesGemeente = [
        "Informatiemanager", "Adviseur informatievoorziening", "Functioneel beheerder",
        "Enterprise-architect", "CIO", "Privacy officer", "Applicatiebeheerder", "Teamleider ICT",
        "Contractmanager ICT", "Informatiebeveiligingsadviseur (CISO)",
    ]

    static let functiesLeverancier = [
        "Accountmanager overheid", "Productmanager", "Servicemanager", "Directeur",
        "Sales consultant", "Implementatieconsultant", "Customer success manager", "Supportcoördinator",
    ]

    static let functiesSamenwerking = [
        "Coördinator informatievoorziening", "Programmamanager", "Adviseur bedrijfsvoering",
        "Secretaris", "Regisseur ICT",
    ]
}
