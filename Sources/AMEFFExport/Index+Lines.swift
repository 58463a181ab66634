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
        // Fields read through the buffers: a line or versie taken out of its array whole is a copy of every field.
        catalogus.gebruik.withUnsafeBufferPointer { lines in
            catalogus.applicatieversies.withUnsafeBufferPointer { versies in
                lines.indices.map { g in
                    let a = applicatie[lines[g].applicatie]
                    var v = lines[g].applicatieversie.flatMap { versie[$0] }
                    if let known = v, versies[known].applicatie != lines[g].applicatie { v = nil }
                    let rcs = lines[g].referentiecomponenten
                    return Line(applicatie: a, versie: a == nil ? nil : v, referentiecomponenten: rcs.indices.filter { isFirst($0, in: rcs) }.map {
                        ($0, gemma.fragment(.referentiecomponent, rcs[$0]))
                    })
                }
            }
        }
    }

    /// Whether `slot` is the first place of its value in `list`: a list naming a
    /// referentiecomponent twice still gives one relationship.
    static func isFirst(_ slot: Int, in list: [String]) -> Bool {
        list.firstIndex(of: list[slot]) == slot
    }
}
