import Gemma

/// What the demo takes from the GEMMA model: referentiecomponenten to classify applicaties,
/// the standaardversies each one asks for, and landelijke voorzieningen for koppelingen.
/// Lists keep the reader's order (sorted by naam, then Object ID), so output is stable.
struct GemmaIndex {
    struct Component {
        let objectID: String
        let naam: String
        /// Object IDs of the versions of every standaard it requires or recommends.
        let standaardversies: [String]
    }

    let referentiecomponenten: [Component]
    /// `(objectID, naam)` of each landelijke voorziening.
    let landelijkeVoorzieningen: [(objectID: String, naam: String)]
    let standaardversies: [String]

    init(model: GemmaModel) {
        var versies: [String: [String]] = [:]
        for standaard in model.standaarden where !standaard.objectID.isEmpty {
            versies[standaard.objectID] = standaard.versies.filter { !$0.isEmpty }
        }
        referentiecomponenten = model.referentiecomponenten.filter { !$0.objectID.isEmpty }.map { component in
            var seen: Set<String> = []
            let wanted = component.standaarden.flatMap { versies[$0.standaard] ?? [] }.filter { seen.insert($0).inserted }
            return Component(objectID: component.objectID, naam: component.naam, standaardversies: wanted)
        }
        landelijkeVoorzieningen = model.landelijkeVoorzieningen.filter { !$0.objectID.isEmpty }.map { ($0.objectID, $0.naam) }
        standaardversies = model.standaardversies.map(\.objectID).filter { !$0.isEmpty }
    }

    /// Reads `gemma.xml`; the demo needs at least one referentiecomponent.
    init(bytes: [UInt8]) throws(DemoError) {
        let (model, _) = GemmaReader.read(bytes, file: "gemma.xml")
        guard let model else { throw .unusableGemma("het bestand bevat geen leesbaar ArchiMate-model") }
        self.init(model: model)
        guard !referentiecomponenten.isEmpty else {
            throw .unusableGemma("het model heeft geen referentiecomponenten (elementen met GEMMA type Referentiecomponent)")
        }
    }
}
