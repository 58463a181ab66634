import JSON

/// The order of the gebruik statuses when two lines of one applicatie become one.
enum GebruikStatus {
    /// The lifecycle order, except that a line that was phased out ranks below every line still in
    /// use: when one of the merged organisations still runs an applicatie, the merged landscape does.
    private static let rank: [String: Int] = [
        "Uitgefaseerd": 0, "Verwerving": 1, "Gepland": 2, "In productie": 3, "Uit te faseren": 4,
    ]

    /// The more advanced of two statuses; the kept line's on a tie or an unknown value.
    static func moreAdvanced(_ kept: JSON, _ other: JSON) -> JSON {
        guard case .string(let ours) = kept, case .string(let theirs) = other,
              let a = rank[ours], let b = rank[theirs] else { return kept }
        return b > a ? other : kept
    }
}
