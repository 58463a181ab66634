import JSON
@testable import Demo

/// One check per kind of object, following the data contract field by field.
extension ReferenceChecker {
    mutating func checkCatalogus() {
        let catalogus = catalogue.catalogus
        if catalogus["naam"]?.string == nil { report("catalogus", "-", "naam ontbreekt") }
        if Day(catalogus["peildatum"]?.string ?? "") == nil { report("catalogus", "-", "peildatum is geen datum") }
    }

    mutating func checkOrganisatie(_ item: JSON) {
        let file = "organisaties"
        required(file, item, ["id", "naam", "type"])
        oneOf(file, item, "type", ["Gemeente", "Leverancier", "Samenwerking", "Community"])
        oneOf(file, item, "status", ["Actief", "Concept", "Deactief"])
        reference(file, item, "deelnames", to: "organisaties")
        reference(file, item, "opgegaanIn", to: "organisaties")
        for deelname in item["deelnames"]?.strings ?? [] where !["Samenwerking", "Community"].contains(organisatieType[deelname] ?? "") {
            report(file, item["id"]?.string ?? "?", "deelname \(deelname) is geen Samenwerking of Community")
        }
        if item["type"]?.string == "Gemeente", item["cbsCode"]?.string?.wholeMatch(of: #/GM\d{4}/#) == nil {
            report(file, item["id"]?.string ?? "?", "gemeente zonder geldige cbsCode")
        }
    }

    mutating func checkContactpersoon(_ item: JSON) {
        let file = "contactpersonen"
        required(file, item, ["id", "organisatie", "emailadres"])
        reference(file, item, "organisatie", to: "organisaties")
        if let address = item["emailadres"]?.string, !address.hasSuffix(".example.nl") {
            report(file, item["id"]?.string ?? "?", "e-mailadres buiten example.nl: \(address)")
        }
        if let flag = item["isAanspreekpunt"], !flag.isBool { report(file, item["id"]?.string ?? "?", "isAanspreekpunt is geen boolean") }
    }

    mutating func checkApplicatie(_ item: JSON) {
        let file = "applicaties"
        let id = item["id"]?.string ?? "?"
        required(file, item, ["id", "naam", "beschrijvingKort", "aanbieder"])
        reference(file, item, "aanbieder", to: "organisaties")
        if organisatieType[item["aanbieder"]?.string ?? ""] != "Leverancier" { report(file, id, "aanbieder is geen Leverancier") }
        oneOf(file, item, "status", ["Gepubliceerd", "Concept", "Gedepubliceerd"])
        if item["status"]?.string == "Concept", item["geregistreerdDoor"] == nil { report(file, id, "Concept zonder geregistreerdDoor") }
        reference(file, item, "geregistreerdDoor", to: "organisaties")
        oneOf(file, item, "type", ["Applicatie", "Systeemsoftware"])
        reference(file, item, "contactpersoon", to: "contactpersonen")
        eachOf(file, item, "cloudDienstverleningsmodel", ["On-premises", "IaaS", "PaaS", "SaaS"])
        oneOf(file, item, "hostingLocatie", ["NL", "EU", "US", "Elders"])
        oneOf(file, item, "hostingJurisdictie", ["NL", "EU", "US", "Elders"])
        oneOf(file, item, "licentietype", ["Closed source", "Open source"])
        gemmaReference(file, item, "referentiecomponenten", to: referentiecomponenten)
        reference(file, item, "onderdeelVan", to: "applicaties")
        reference(file, item, "opgegaanIn", to: "applicaties")
        for document in item["documenten"]?.array ?? [] where document["titel"]?.string == nil || document["url"]?.string == nil {
            report(file, id, "document zonder titel of url")
        }
    }

    mutating func checkVersie(_ item: JSON) {
        let file = "applicatieversies"
        required(file, item, ["id", "applicatie", "versie"])
        reference(file, item, "applicatie", to: "applicaties")
        oneOf(file, item, "status", ["in ontwikkeling", "in gebruik", "einde ondersteuning", "teruggetrokken"])
        dates(file, item, ["datumInOntwikkeling", "datumInGebruik", "datumEindeOndersteuning", "datumTeruggetrokken"])
        let reached: [String: [String]] = [
            "in gebruik": ["datumInGebruik"], "einde ondersteuning": ["datumEindeOndersteuning"],
            "teruggetrokken": ["datumTeruggetrokken"],
        ]
        for key in reached[item["status"]?.string ?? ""] ?? [] where item[key] == nil {
            report(file, item["id"]?.string ?? "?", "status zonder \(key)")
        }
    }

    mutating func checkCompliancy(_ item: JSON) {
        let file = "compliancy"
        required(file, item, ["id", "applicatie", "standaardversie", "ondersteund"])
        reference(file, item, "applicatie", to: "applicaties")
        gemmaReference(file, item, "standaardversie", to: standaardversies)
        if let flag = item["ondersteund"], !flag.isBool { report(file, item["id"]?.string ?? "?", "ondersteund is geen boolean") }
    }

    mutating func checkDienst(_ item: JSON) {
        let file = "diensten"
        required(file, item, ["id", "naam", "aanbieder", "type"])
        reference(file, item, "aanbieder", to: "organisaties")
        oneOf(file, item, "type", ["Functioneel beheer", "Applicatiebeheer", "Technisch beheer", "Hosting",
                                   "Implementatieondersteuning", "Opleidingen", "Licentiereseller"])
        reference(file, item, "applicaties", to: "applicaties")
        reference(file, item, "contactpersoon", to: "contactpersonen")
    }
}
