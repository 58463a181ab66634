/// Parts for invented samenwerkingen and communities. The regions are real Dutch regions, but the
/// organisations and their members are made up: membership is drawn at random within the province.
enum RegionNames {
    /// `(region, provincie)`.
    static let regions: [(String, String)] = [
        ("Drechtsteden", "Zuid-Holland"), ("Holland Rijnland", "Zuid-Holland"), ("Hoeksche Waard", "Zuid-Holland"),
        ("Alblasserwaard", "Zuid-Holland"), ("Voorne-Putten", "Zuid-Holland"), ("Midden-Holland", "Zuid-Holland"),
        ("Duin- en Bollenstreek", "Zuid-Holland"), ("Haaglanden", "Zuid-Holland"),
        ("Noord-Veluwe", "Gelderland"), ("Achterhoek", "Gelderland"), ("De Liemers", "Gelderland"),
        ("Rivierenland", "Gelderland"), ("Rijk van Nijmegen", "Gelderland"), ("Foodvalley", "Gelderland"),
        ("Stedendriehoek", "Gelderland"), ("Twente", "Overijssel"), ("Salland", "Overijssel"),
        ("Vechtdal", "Overijssel"), ("Noordoost-Overijssel", "Overijssel"), ("West-Brabant", "Noord-Brabant"),
        ("De Kempen", "Noord-Brabant"), ("De Peel", "Noord-Brabant"), ("Meierij", "Noord-Brabant"),
        ("Hart van Brabant", "Noord-Brabant"), ("Baronie", "Noord-Brabant"), ("Noordoost-Brabant", "Noord-Brabant"),
        ("Parkstad", "Limburg"), ("Westelijke Mijnstreek", "Limburg"), ("Midden-Limburg", "Limburg"),
        ("Noord-Limburg", "Limburg"), ("Heuvelland", "Limburg"), ("Westfriesland", "Noord-Holland"),
        ("Gooi en Vechtstreek", "Noord-Holland"), ("Zaanstreek", "Noord-Holland"), ("Kop van Noord-Holland", "Noord-Holland"),
        ("Amstelland", "Noord-Holland"), ("Zuid-Kennemerland", "Noord-Holland"), ("Waterland", "Noord-Holland"),
        ("Noordoost-Fryslân", "Fryslân"), ("Zuidoost-Fryslân", "Fryslân"), ("Noordwest-Fryslân", "Fryslân"),
        ("Oost-Groningen", "Groningen"), ("Ommelanden", "Groningen"), ("Noord-Drenthe", "Drenthe"),
        ("Zuidwest-Drenthe", "Drenthe"), ("Zuidoost-Drenthe", "Drenthe"), ("Flevoland", "Flevoland"),
        ("Walcheren", "Zeeland"), ("Zeeuws-Vlaanderen", "Zeeland"), ("Oosterschelde", "Zeeland"),
        ("Lekstroom", "Utrecht"), ("Kromme Rijn", "Utrecht"), ("Utrechtse Heuvelrug", "Utrecht"),
        ("Eemland", "Utrecht"), ("Utrecht-West", "Utrecht"), ("Vijfheerenlanden", "Utrecht"),
    ]

    /// `(prefix, samenwerkingtype)`.
    static let samenwerkingKinds: [(String, String)] = [
        ("Dienst Dienstverlening", "Gemeenschappelijke regeling"), ("ICT", "Gemeenschappelijke regeling"),
        ("Belastingsamenwerking", "Gemeenschappelijke regeling"), ("Werkorganisatie", "Bedrijfsvoeringsorganisatie"),
        ("Servicecentrum", "Bedrijfsvoeringsorganisatie"), ("Shared Service Center", "Bedrijfsvoeringsorganisatie"),
        ("Sociale Dienst", "Gemeenschappelijke regeling"), ("Regionaal Archief", "Gemeenschappelijke regeling"),
        ("Inkoopbureau", "Centrumgemeenteconstructie"), ("Informatiehuis", "Coöperatie"),
        ("Samenwerking Dataplatform", "Convenant"),
    ]

    /// Themes for communities of users and suppliers.
    static let communityThemes = [
        "Community Zaakgericht Werken", "Kennisnetwerk Informatiebeheer", "Netwerk Datagedreven Gemeenten",
        "Community Open Source Gemeenten", "Platform Omgevingswet ICT", "Kring Informatiebeveiliging Gemeenten",
        "Netwerk Digitale Toegankelijkheid", "Community Klantcontactsystemen",
    ]
}

/// Parts for the clearly fictional gemeenten that scales above 1 add ("Demohoven", "Proefwoude-Noord").
enum FictionalPlaceNames {
    static let heads = ["Demo", "Proef", "Voorbeeld", "Oefen", "Fictie", "Schets", "Model", "Papier"]
    static let tails = [
        "dam", "dijk", "hoven", "woude", "veen", "horst", "rade", "wijk", "berg", "zijl",
        "meer", "broek", "hem", "sloot", "gaast", "rode", "lo", "kerk",
    ]
    static let variants = ["", "-Noord", "-Oost", "-Zuid", "-West", " aan Zee", " aan de Rijn", "-Midden"]
}
