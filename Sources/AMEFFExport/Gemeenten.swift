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

        /// What the three ArchiMate files of one gemeente or samenwerking share, made once for
        /// them: its landscape and its koppelingen, each with its relationships and view written.
        public func pieces(_ organisatie: String) -> Pieces? {
            guard let o = afnemer(organisatie) else { return nil }
            let naam = index.catalogus.organisaties[o].naam
            let part = { (concepts: Concepts, kind: DrawnView.Kind, name: String) -> Prewritten in
                let concepts = concepts.sortingRelations()
                let view = DrawnView(kind, of: "", name: name, concepts: concepts)
                return Prewritten(elements: concepts.sortedElements(), relations: WrittenRelations(concepts.relations, index),
                                  views: [index.written(view)])
            }
            return Pieces(organisatie: o, naam: naam,
                          landschap: part(index.landschap(of: o), .landschap, "Applicatielandschap \(naam)"),
                          koppelingen: part(index.koppelingen(of: o), .koppelingen, "Koppelingen \(naam)"))
        }

        /// The landscape of one gemeente or samenwerking: the applicaties (or versies) of its
        /// gebruik, "gebruikt door" the organisation with `Gebruik status`, specialized to the
        /// referentiecomponenten they are used for, and their leveranciers. One view.
        public func landschap(_ organisatie: String) -> [UInt8]? {
            pieces(organisatie).map(landschap)
        }

        /// The landschap file from `pieces` made before (see `pieces(_:)`).
        public func landschap(_ pieces: Pieces) -> [UInt8] {
            var model = index.model("landschap", id(pieces), naam: "Applicatielandschap \(pieces.naam)",
                                    documentation: "Het applicatielandschap van \(pieces.naam): applicaties in gebruik met hun referentiecomponenten.")
            model.prewritten = pieces.landschap
            return index.write(model)
        }

        /// The koppelingen of one gemeente or samenwerking: flows between the applicaties of its
        /// gebruik, or to landelijke voorzieningen, with `Richting`, `Type`, `Standaardversie`, `Status`.
        public func koppelingen(_ organisatie: String) -> [UInt8]? {
            pieces(organisatie).map(koppelingen)
        }

        /// The koppelingen file from `pieces` made before.
        public func koppelingen(_ pieces: Pieces) -> [UInt8] {
            var model = index.model("koppelingen", id(pieces), naam: "Koppelingen \(pieces.naam)",
                                    documentation: "De koppelingen van \(pieces.naam) tussen applicaties en met landelijke voorzieningen.")
            model.prewritten = pieces.koppelingen
            return index.write(model)
        }

        /// Landscape and koppelingen in one file, with GEMMA's Softwarecatalogus views in which the
        /// organisation's applicaties are drawn inside the referentiecomponenten they are used for.
        public func architectuur(_ organisatie: String) -> [UInt8]? {
            pieces(organisatie).map(architectuur)
        }

        /// The architecture file from `pieces` made before.
        public func architectuur(_ pieces: Pieces) -> [UInt8] {
            let naam = pieces.naam
            let gemma = index.gemmaViews.map { $0.rendering(placing: index.placements(of: pieces.organisatie, count: $0.placements.count)) }
            var documentation = "Het applicatielandschap en de koppelingen van \(naam), geplaatst in de GEMMA-views van de Softwarecatalogus."
            if let omitted = gemma?.omittedViews, !omitted.isEmpty {
                documentation += " Niet opgenomen, omdat er geen applicatie van \(naam) in staat: "
                    + omitted.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + "."
            }
            var model = index.model("architectuur", id(pieces), naam: "Architectuur \(naam)", documentation: documentation)
            model.prewritten = pieces.landschap.merged(with: pieces.koppelingen)
            model.gemma = gemma
            return index.write(model)
        }

        private func id(_ pieces: Pieces) -> String {
            index.catalogus.organisaties[pieces.organisatie].id
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

extension AMEFFExport.Gemeenten {
    /// The parts of one organisation's files that are the same in each (see `pieces(_:)`).
    public struct Pieces: Sendable {
        let organisatie: Int
        let naam: String
        let landschap: Prewritten
        let koppelingen: Prewritten
    }
}

extension AMEFFExport.Index {
    /// The files about landscapes; nil unless the catalogue was made visible to the gemeenten.
    public var gemeenten: AMEFFExport.Gemeenten? {
        catalogus.audience == .gemeenten ? AMEFFExport.Gemeenten(self) : nil
    }
}
