/// Rows of `../shared/fixtures/gemeenten/herindelingen.csv` (CBS lists "Gemeenten alfabetisch",
/// 2018–2025, with news reports; see the README there), copied so the tests need no shared folder.
/// `HerindelingTests.testFixtureMatchesTheSharedFile` checks them against the source when it is there.
enum HerindelingFixture {
    static let csv = """
        datum,nieuweCbsCode,nieuweNaam,opgeheven
        2022-03-24,GM0363,Amsterdam,GM0457 Weesp
        2023-01-01,GM1992,Voorne aan Zee,GM0501 Brielle|GM0530 Hellevoetsluis|GM0614 Westvoorne

        """

    /// One herindeling: the new (or receiving) gemeente and the ones that were dissolved into it.
    struct Row: Equatable {
        var datum: String
        var nieuweCbsCode: String
        var nieuweNaam: String
        /// CBS code and name of each dissolved gemeente.
        var opgeheven: [(cbsCode: String, naam: String)]

        static func == (a: Row, b: Row) -> Bool {
            (a.datum, a.nieuweCbsCode, a.nieuweNaam) == (b.datum, b.nieuweCbsCode, b.nieuweNaam)
                && a.opgeheven.map(\.cbsCode) == b.opgeheven.map(\.cbsCode) && a.opgeheven.map(\.naam) == b.opgeheven.map(\.naam)
        }
    }

    /// The rows of a file in this format; none of the rows used here needs CSV quoting.
    static func rows(_ text: String) -> [Row] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4 else { return nil }
            let opgeheven = cells[3].split(separator: "|").map { entry in
                let parts = entry.split(separator: " ", maxSplits: 1).map(String.init)
                return (cbsCode: parts[0], naam: parts.count > 1 ? parts[1] : "")
            }
            return Row(datum: cells[0], nieuweCbsCode: cells[1], nieuweNaam: cells[2], opgeheven: opgeheven)
        }
    }

    static var voorneAanZee: Row { rows(csv).first { $0.nieuweNaam == "Voorne aan Zee" }! }
}
