import CatalogusModel

extension AMEFFExport.Index {
    /// What the files need of one gebruik line, looked up once per catalogue instead of once per
    /// file by id: every line is in two files, and its applicatie in dozens.
    struct Line: Sendable {
        /// Positions of its applicatie and versie; the versie only when it is one of that applicatie.
        let applicatie: Int?
        let versie: Int?
        /// The referentiecomponenten it is used for, each once, with its first place in the line's list.
        let referentiecomponenten: [(slot: Int, fragment: ElementFragment)]
    }

    static func lines(_ catalogus: VisibleCatalogus, applicatie: [String: Int], versie: [String: Int], gemma: GemmaConcepts) -> [Line] {
        catalogus.gebruik.map { line in
            let a = applicatie[line.applicatie]
            var v = line.applicatieversie.flatMap { versie[$0] }
            if let known = v, catalogus.applicatieversies[known].applicatie != line.applicatie { v = nil }
            let rcs = line.referentiecomponenten
            return Line(applicatie: a, versie: a == nil ? nil : v, referentiecomponenten: rcs.indices.filter { isFirst($0, in: rcs) }.map {
                ($0, gemma.fragment(.referentiecomponent, rcs[$0]))
            })
        }
    }

    /// Whether `slot` is the first place of its value in `list`: a list naming a
    /// referentiecomponent twice still gives one relationship.
    static func isFirst(_ slot: Int, in list: [String]) -> Bool {
        list.firstIndex(of: list[slot]) == slot
    }
}
