import CatalogusModel

extension AMEFFExport {
    /// The files about who uses what: landscapes and koppelingen of gemeenten and samenwerkingen.
    /// Only `Index.gemeenten` makes one, and only for the gemeenten site, so a publiek build
    /// cannot ask for them (contract, "Who may see what": landscapes are never public).
    public struct Gemeenten: Sendable {
        let index: Index

        fileprivate init(_ index: Index) {
            self.index = index
        }

        /// Ids of the organisations that have these files: the gemeenten and samenwerkingen.
        public var afnemers: [String] {
            index.catalogus.organisaties.filter(\.isAfnemer).map(\.id)
        }

        /// The landscape of one gemeente or samenwerking: the applicaties (or versies) of its
        /// gebruik, "gebruikt door" the organisation with `Gebruik status`, specialized to the
        /// referentiecomponenten they are used for, and their leveranciers. One view.
        public func landschap(_ organisatie: String) -> [UInt8]? {
            guard let o = afnemer(organisatie) else { return nil }
            let naam = index.catalogus.organisaties[o].naam
            let model = index.model("landschap", organisatie, naam: "Applicatielandschap \(naam)",
                                    documentation: "Het applicatielandschap van \(naam): applicaties in gebruik met hun referentiecomponenten.")
            return index.write(model.with(index.landschap(of: o), view: .landschap, named: "Applicatielandschap \(naam)"))
        }

        /// The koppelingen of one gemeente or samenwerking: flows between the applicaties of its
        /// gebruik, or to landelijke voorzieningen, with `Richting`, `Type`, `Standaardversie`, `Status`.
        public func koppelingen(_ organisatie: String) -> [UInt8]? {
            guard let o = afnemer(organisatie) else { return nil }
            let naam = index.catalogus.organisaties[o].naam
            let model = index.model("koppelingen", organisatie, naam: "Koppelingen \(naam)",
                                    documentation: "De koppelingen van \(naam) tussen applicaties en met landelijke voorzieningen.")
            return index.write(model.with(index.koppelingen(of: o), view: .koppelingen, named: "Koppelingen \(naam)"))
        }

        /// Landscape and koppelingen in one file, with GEMMA's Softwarecatalogus views in which the
        /// organisation's applicaties are drawn inside the referentiecomponenten they are used for.
        public func architectuur(_ organisatie: String) -> [UInt8]? {
            guard let o = afnemer(organisatie) else { return nil }
            let naam = index.catalogus.organisaties[o].naam
            let gemma = index.gemmaViews.map { $0.rendering(placing: index.placements(of: o, count: $0.placements.count)) }
            var documentation = "Het applicatielandschap en de koppelingen van \(naam), geplaatst in de GEMMA-views van de Softwarecatalogus."
            if let omitted = gemma?.omittedViews, !omitted.isEmpty {
                documentation += " Niet opgenomen, omdat er geen applicatie van \(naam) in staat: "
                    + omitted.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + "."
            }
            var model = index.model("architectuur", organisatie, naam: "Architectuur \(naam)", documentation: documentation)
            let landschap = index.landschap(of: o).sortingRelations()
            let koppelingen = index.koppelingen(of: o).sortingRelations()
            var all = landschap
            all.formUnion(koppelingen)
            model.concepts = all
            model.views = [
                DrawnView(.landschap, of: model.identifier, name: "Applicatielandschap \(naam)", concepts: landschap),
                DrawnView(.koppelingen, of: model.identifier, name: "Koppelingen \(naam)", concepts: koppelingen),
            ]
            model.gemma = gemma
            return index.write(model)
        }

        /// Position of a visible gemeente or samenwerking; nil for anything else.
        private func afnemer(_ id: String) -> Int? {
            // Guard twice: the publiek catalogue has no gebruik, and this type is not made for it.
            guard index.catalogus.audience == .gemeenten, let o = index.organisatie[id],
                  index.catalogus.organisaties[o].isAfnemer else { return nil }
            return o
        }
    }
}

extension AMEFFExport.Index {
    /// The files about landscapes; nil unless the catalogue was made visible to the gemeenten.
    public var gemeenten: AMEFFExport.Gemeenten? {
        catalogus.audience == .gemeenten ? AMEFFExport.Gemeenten(self) : nil
    }
}
