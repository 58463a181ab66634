import JSON
@testable import Demo

/// Checks of what lives in an afnemer's landscape: gebruik, koppelingen, beoordelingen, contracten.
extension ReferenceChecker {
    mutating func checkGebruik(_ item: JSON) {
        let file = "gebruik"
        let id = item["id"]?.string ?? "?"
        required(file, item, ["id", "afnemer", "applicatie", "status"])
        reference(file, item, "afnemer", to: "organisaties")
        if !["Gemeente", "Samenwerking"].contains(organisatieType[item["afnemer"]?.string ?? ""] ?? "") {
            report(file, id, "afnemer is geen Gemeente of Samenwerking")
        }
        reference(file, item, "applicatie", to: "applicaties")
        reference(file, item, "applicatieversie", to: "applicatieversies")
        if let versie = item["applicatieversie"]?.string, versieApplicatie[versie] != item["applicatie"]?.string {
            report(file, id, "applicatieversie hoort bij een andere applicatie")
        }
        let phases = ["Verwerving", "Gepland", "In productie", "Uit te faseren", "Uitgefaseerd"]
        oneOf(file, item, "status", phases)
        let keys = ["startDatumVerwerving", "startDatumGepland", "startDatumInProductie", "startDatumUitTeFaseren", "startDatumUitgefaseerd"]
        dates(file, item, keys)
        if let phase = phases.firstIndex(of: item["status"]?.string ?? "") {
            for key in keys[(phase + 1)...] where item[key] != nil { report(file, id, "\(key) bij status \(phases[phase])") }
        }
        gemmaReference(file, item, "referentiecomponenten", to: referentiecomponenten)
        reference(file, item, "diensten", to: "diensten")
        reference(file, item, "deelnemers", to: "organisaties")
        if item["deelnemers"] != nil, organisatieType[item["afnemer"]?.string ?? ""] != "Samenwerking" {
            report(file, id, "deelnemers bij een afnemer die geen Samenwerking is")
        }
        eachOf(file, item, "cloudDienstverleningsmodel", ["On-premises", "IaaS", "PaaS", "SaaS"])
        for verwerking in item["verwerkingen"]?.array ?? [] where verwerking["naam"]?.string == nil {
            report(file, id, "verwerking zonder naam")
        }
    }

    mutating func checkKoppeling(_ item: JSON) {
        let file = "koppelingen"
        let id = item["id"]?.string ?? "?"
        required(file, item, ["id", "bron"])
        reference(file, item, "bron", to: "gebruik")
        reference(file, item, "doel", to: "gebruik")
        if (item["doel"] == nil) == (item["buitengemeentelijkeVoorziening"] == nil) {
            report(file, id, "niet precies één van doel en buitengemeentelijkeVoorziening")
        }
        if let doel = item["doel"]?.string, gebruikAfnemer[doel] != gebruikAfnemer[item["bron"]?.string ?? ""] {
            report(file, id, "doel hoort bij een andere afnemer dan bron")
        }
        if item["doel"]?.string != nil, item["doel"] == item["bron"] { report(file, id, "doel is gelijk aan bron") }
        gemmaReference(file, item, "buitengemeentelijkeVoorziening", to: landelijkeVoorzieningen)
        oneOf(file, item, "richting", ["AnaarB", "BnaarA", "bi-directioneel"])
        oneOf(file, item, "type", ["n.v.t.", "bestandsoverdracht", "digikoppeling", "message queue",
                                   "upload naar portaal", "webservices", "api"])
        oneOf(file, item, "status", ["in ontwikkeling", "in gebruik", "einde ondersteuning", "teruggetrokken"])
        gemmaReference(file, item, "standaardversies", to: standaardversies)
        reference(file, item, "intermediair", to: "applicaties")
    }

    mutating func checkBeoordeling(_ item: JSON) {
        let file = "beoordelingen"
        let id = item["id"]?.string ?? "?"
        required(file, item, ["id", "afnemer", "waardering"])
        reference(file, item, "afnemer", to: "organisaties")
        if (item["applicatie"] == nil) == (item["dienst"] == nil) { report(file, id, "niet precies één van applicatie en dienst") }
        reference(file, item, "applicatie", to: "applicaties")
        reference(file, item, "dienst", to: "diensten")
        if !(1...5).contains(item["waardering"]?.int ?? 0) { report(file, id, "waardering buiten 1–5") }
        oneOf(file, item, "status", ["Goedgekeurd", "In behandeling", "Afgewezen"])
        dates(file, item, ["datum"])
    }

    mutating func checkContract(_ item: JSON) {
        let file = "contracten"
        required(file, item, ["id", "gebruik"])
        reference(file, item, "gebruik", to: "gebruik")
        reference(file, item, "dienst", to: "diensten")
        oneOf(file, item, "contractType", ["SLA", "Licentie", "Onderhoud"])
        oneOf(file, item, "kostenPeriode", ["Maandelijks", "Jaarlijks", "Eenmalig"])
        oneOf(file, item, "status", ["Actief", "Verlopen", "In onderhandeling"])
        dates(file, item, ["startDatum", "eindDatum"])
        if let kosten = item["kosten"], case .number = kosten {} else if item["kosten"] != nil {
            report(file, item["id"]?.string ?? "?", "kosten is geen getal")
        }
    }
}
