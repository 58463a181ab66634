/// What every file says about itself: the snapshot it comes from.
extension AMEFFExport.Index {
    /// A model named `naam`, with the peildatum and the GEMMA release as model properties (the
    /// export must say which data and which GEMMA version it reflects).
    func model(_ kind: String, _ id: String, naam: String, documentation: String) -> ExchangeModel {
        var properties: [Property] = []
        properties.add(.bron, catalogus.info.naam)
        properties.add(.peildatum, catalogus.info.peildatum)
        properties.add(.gemmaRelease, catalogus.gemma.release)
        var text = documentation
        if !catalogus.info.naam.isEmpty { text += " Uit \(catalogus.info.naam)" + (catalogus.info.peildatum.map { ", peildatum \($0)" } ?? "") + "." }
        return ExchangeModel(
            identifier: Identifier.ours("model", kind, id), name: naam, documentation: text, properties: properties)
    }
}
