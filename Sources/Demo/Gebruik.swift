import JSON

/// One line of an organisation's application landscape, as written to `gebruik.json`.
struct Gebruik: JSONRecord {
    /// The lifecycle of a line, in order; a line has reached every phase up to its status.
    static let phases = ["Verwerving", "Gepland", "In productie", "Uit te faseren", "Uitgefaseerd"]

    var id: String
    var afnemer: String
    var applicatie: String
    var applicatieversie: String?
    /// Index into `phases`.
    var phase: Int
    /// Start date of each phase (same indices as `phases`); nil where not recorded.
    var startDatums: [Day?] = Array(repeating: nil, count: 5)
    var referentiecomponenten: [String] = []
    var diensten: [String] = []
    var deelnemers: [String] = []
    var cloudDienstverleningsmodel: [String] = []
    var verwerkingen: [Verwerking] = []
    var interneAantekening: String?
    /// Not written: index into `Applicaties.all`.
    var applicatieIndex: Int
    /// Not written: the referentiecomponent (index into `GemmaIndex.referentiecomponenten`) the line was chosen for.
    var component: Int

    var status: String { Gebruik.phases[phase] }

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("afnemer", afnemer)
        object.add("applicatie", applicatie)
        object.add("applicatieversie", applicatieversie)
        object.add("status", status)
        let keys = ["startDatumVerwerving", "startDatumGepland", "startDatumInProductie",
                    "startDatumUitTeFaseren", "startDatumUitgefaseerd"]
        for (key, day) in zip(keys, startDatums) { object.add(key, day?.text) }
        object.add("referentiecomponenten", referentiecomponenten)
        object.add("diensten", diensten)
        object.add("deelnemers", deelnemers)
        object.add("cloudDienstverleningsmodel", cloudDienstverleningsmodel)
        if !verwerkingen.isEmpty { object.add("verwerkingen", json: .array(verwerkingen.map(\.json))) }
        object.add("interneAantekening", interneAantekening)
        return object.json
    }
}

/// An entry of the register van verwerkingen attached to a gebruik line.
struct Verwerking {
    var naam: String
    var doel: String
    var grondslag: String
    var categorieenPersoonsgegevens: [String]
    var categorieenBetrokkenen: [String]
    var bewaartermijn: String

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("naam", naam)
        object.add("doel", doel)
        object.add("grondslag", grondslag)
        object.add("categorieenPersoonsgegevens", json: .array(categorieenPersoonsgegevens.map { .string($0) }))
        object.add("categorieenBetrokkenen", json: .array(categorieenBetrokkenen.map { .string($0) }))
        object.add("bewaartermijn", bewaartermijn)
        return object.json
    }
}
