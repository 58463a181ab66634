import CatalogusModel
import Gemma

extension AMEFFExport {
    /// Everything the files are made from, looked up once per catalogue: every file then costs
    /// time in proportion to its own size. Holds positions in the catalogue's lists, not copies.
    public final class Index: Sendable {
        let catalogus: VisibleCatalogus
        let pageURL: PageURL
        let applicatie: [String: Int]
        let versie: [String: Int]
        let organisatie: [String: Int]
        let gebruik: [String: Int]
        /// By gebruik line: what files need of it, looked up once (see `Line`).
        let lines: [Line]
        /// By koppeling: the positions of the gebruik lines at its two ends.
        let koppelingEnds: [(bron: Int?, doel: Int?)]
        /// By applicatie: the position of its aanbieder.
        let aanbieder: [Int?]
        /// By gebruik line: the placement numbers (see `GemmaViewSet`) of its referentiecomponenten.
        let linePlacements: [[Int]]
        /// Ids as spelled into relationship identifiers, by position.
        let spelled: (applicatie: SpelledIDs, versie: SpelledIDs, organisatie: SpelledIDs, gebruik: SpelledIDs,
                      koppeling: SpelledIDs, compliancy: SpelledIDs)
        let versiesPerApplicatie: [String: [Int]]
        let ondersteundPerApplicatie: [String: [Int]]
        let applicatiesPerAanbieder: [String: [Int]]
        let gebruikPerAfnemer: [String: [Int]]
        let koppelingenPerAfnemer: [String: [Int]]
        let deelnemersPerSamenwerking: [String: [Int]]
        let gemma: GemmaConcepts
        /// Every applicatie, versie and organisatie as written into files, by position.
        let applicatieFragments: [ElementFragment]
        let versieFragments: [ElementFragment]
        let organisatieFragments: [ElementFragment]
        /// Every element's place when sorted by name, so that views sort numbers, not names.
        let names: NameOrder
        /// GEMMA's Softwarecatalogus views, prepared for placing landscapes in; only for the gemeenten site.
        let gemmaViews: GemmaViewSet?

        /// Reads `catalogus` once. `pageURL` gives the `URL` property of each object.
        public init(_ catalogus: VisibleCatalogus, pageURL: @escaping PageURL) {
            self.catalogus = catalogus
            self.pageURL = pageURL
            applicatie = Self.positions(catalogus.applicaties.map(\.id))
            versie = Self.positions(catalogus.applicatieversies.map(\.id))
            organisatie = Self.positions(catalogus.organisaties.map(\.id))
            gebruik = Self.positions(catalogus.gebruik.map(\.id))
            versiesPerApplicatie = Self.grouped(catalogus.applicatieversies.indices) { catalogus.applicatieversies[$0].applicatie }
            // PvE: "ondersteunt" means a declared, supported standaardversie; a "no" is not a relation.
            ondersteundPerApplicatie = Self.grouped(catalogus.compliancy.indices.filter { catalogus.compliancy[$0].ondersteund }) {
                catalogus.compliancy[$0].applicatie
            }
            applicatiesPerAanbieder = Self.grouped(catalogus.applicaties.indices) { catalogus.applicaties[$0].aanbieder }
            gebruikPerAfnemer = Self.grouped(catalogus.gebruik.indices) { catalogus.gebruik[$0].afnemer }
            let gebruik = self.gebruik
            koppelingenPerAfnemer = Self.grouped(catalogus.koppelingen.indices.filter { gebruik[catalogus.koppelingen[$0].bron] != nil }) {
                catalogus.gebruik[gebruik[catalogus.koppelingen[$0].bron]!].afnemer
            }
            var deelnemers: [String: [Int]] = [:]
            for i in catalogus.organisaties.indices {
                for samenwerking in Set(catalogus.organisaties[i].deelnames) { deelnemers[samenwerking, default: []].append(i) }
            }
            deelnemersPerSamenwerking = deelnemers
            let gemma = GemmaConcepts(catalogus.gemma, info: catalogus.info, pageURL: pageURL, referenced: Self.references(catalogus))
            self.gemma = gemma
            // Ranked after the GEMMA concepts, then applicaties, organisaties, versies: the order of
            // their identifiers ("id-<guid>" < "id-swc-app." < "id-swc-org." < "id-swc-ver.").
            let applicaties = catalogus.applicaties.count, organisaties = catalogus.organisaties.count
            applicatieFragments = catalogus.applicaties.indices.map { i in
                ElementFragment(Self.element(applicatie: catalogus.applicaties[i], pageURL), rank: gemma.count + i)
            }
            let applicatie = self.applicatie
            organisatieFragments = catalogus.organisaties.indices.map { o in
                ElementFragment(Self.element(organisatie: catalogus.organisaties[o], pageURL), rank: gemma.count + applicaties + o)
            }
            versieFragments = catalogus.applicatieversies.indices.map { v in
                let versie = catalogus.applicatieversies[v]
                return ElementFragment(
                    Self.element(versie: versie, applicatie: applicatie[versie.applicatie].map { catalogus.applicaties[$0].naam }, pageURL),
                    rank: gemma.count + applicaties + organisaties + v)
            }
            names = NameOrder(gemma.all.sorted { $0.rank < $1.rank } + applicatieFragments + organisatieFragments + versieFragments)
            let organisatie = self.organisatie, versie = self.versie
            aanbieder = catalogus.applicaties.map { organisatie[$0.aanbieder] }
            lines = Self.lines(catalogus, applicatie: applicatie, versie: versie, gemma: gemma)
            koppelingEnds = catalogus.koppelingen.map { (gebruik[$0.bron], $0.doel.flatMap { gebruik[$0] }) }
            spelled = (SpelledIDs(catalogus.applicaties.lazy.map(\.id)), SpelledIDs(catalogus.applicatieversies.lazy.map(\.id)),
                       SpelledIDs(catalogus.organisaties.lazy.map(\.id)), SpelledIDs(catalogus.gebruik.lazy.map(\.id)),
                       SpelledIDs(catalogus.koppelingen.lazy.map(\.id)), SpelledIDs(catalogus.compliancy.lazy.map(\.id)))
            let gemmaViews = catalogus.audience == .gemeenten ? GemmaViewSet(catalogus.gemma, concepts: gemma) : nil
            self.gemmaViews = gemmaViews
            linePlacements = gemmaViews.map { views in
                catalogus.gebruik.map { line in line.referentiecomponenten.compactMap { views.placements[$0] } }
            } ?? []
        }

        /// Every reference into GEMMA that files may draw.
        private static func references(_ catalogus: VisibleCatalogus) -> [(GemmaConcepts.Kind, String)] {
            var result: [(GemmaConcepts.Kind, String)] = []
            for applicatie in catalogus.applicaties {
                for id in applicatie.referentiecomponenten { result.append((.referentiecomponent, id)) }
            }
            for compliancy in catalogus.compliancy where compliancy.ondersteund { result.append((.standaardversie, compliancy.standaardversie)) }
            for line in catalogus.gebruik {
                for id in line.referentiecomponenten { result.append((.referentiecomponent, id)) }
            }
            for koppeling in catalogus.koppelingen {
                if let id = koppeling.buitengemeentelijkeVoorziening { result.append((.voorziening, id)) }
            }
            return result
        }

        /// Id → position; the first of duplicate ids wins, as in the loader's checks.
        private static func positions(_ ids: [String]) -> [String: Int] {
            var result: [String: Int] = [:]
            result.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() where result[id] == nil { result[id] = i }
            return result
        }

        /// Positions grouped by a key, each group in list order (the catalogue's lists are sorted by id).
        private static func grouped(_ positions: some Sequence<Int>, by key: (Int) -> String) -> [String: [Int]] {
            var result: [String: [Int]] = [:]
            for i in positions { result[key(i), default: []].append(i) }
            return result
        }
    }
}
