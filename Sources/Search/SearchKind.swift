/// What a search result is. The order of the cases is the order of the records in the index, so
/// each kind is one contiguous range of record numbers and the `type` facet costs no bytes.
public enum SearchKind: String, Sendable, CaseIterable, Comparable {
    case applicatie, leverancier, organisatie, dienst, referentiecomponent, standaard, pagina

    /// In the order of the cases.
    public static func < (a: SearchKind, b: SearchKind) -> Bool {
        a.order < b.order
    }

    var order: Int { Self.allCases.firstIndex(of: self)! }
}
