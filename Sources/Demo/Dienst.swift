import JSON

/// One service a supplier offers around applicaties, as written to `diensten.json`.
struct Dienst: JSONRecord {
    var id: String
    var naam: String
    var aanbieder: String
    var type: String
    var beschrijvingKort: String?
    var beschrijvingLang: String?
    var website: String?
    var applicaties: [String] = []
    var contactpersoon: String?

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("naam", naam)
        object.add("aanbieder", aanbieder)
        object.add("type", type)
        object.add("beschrijvingKort", beschrijvingKort)
        object.add("beschrijvingLang", beschrijvingLang)
        object.add("website", website)
        object.add("applicaties", applicaties)
        object.add("contactpersoon", contactpersoon)
        return object.json
    }
}

/// The seven kinds of dienst, with how common each is and a line describing it.
enum DienstTypes {
    static let all: [(type: String, weight: Double, beschrijving: String)] = [
        ("Functioneel beheer", 12, "Wij nemen het functioneel beheer over: inrichting, wijzigingen en gebruikersvragen."),
        ("Applicatiebeheer", 15, "Applicatiebeheer met updates, releasebeheer en monitoring."),
        ("Technisch beheer", 15, "Technisch beheer van servers, databases en back-ups."),
        ("Hosting", 20, "Hosting in Nederlandse datacenters met ISO 27001 en NEN 7510."),
        ("Implementatieondersteuning", 18, "Begeleiding bij invoering: projectleiding, conversie en inrichting."),
        ("Opleidingen", 12, "Trainingen voor gebruikers en beheerders, klassikaal en online."),
        ("Licentiereseller", 8, "Levering en beheer van licenties, ook via raamovereenkomsten."),
    ]
}
