import JSON

/// An interface between two lines of one afnemer's landscape, or from a line to a landelijke
/// voorziening, as written to `koppelingen.json`. Exactly one of `doel` and
/// `buitengemeentelijkeVoorziening` is set.
struct Koppeling: JSONRecord {
    var id: String
    var bron: String
    var doel: String?
    var buitengemeentelijkeVoorziening: String?
    var naam: String?
    var beschrijvingKort: String?
    var richting: String?
    var type: String?
    var status: String?
    var standaardversies: [String] = []
    var intermediair: String?

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("bron", bron)
        object.add("doel", doel)
        object.add("buitengemeentelijkeVoorziening", buitengemeentelijkeVoorziening)
        object.add("naam", naam)
        object.add("beschrijvingKort", beschrijvingKort)
        object.add("richting", richting)
        object.add("type", type)
        object.add("status", status)
        object.add("standaardversies", standaardversies)
        object.add("intermediair", intermediair)
        return object.json
    }
}
