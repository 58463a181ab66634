// Herindelingen of 2022 and 2023, copied from the project's reference data
// `../shared/fixtures/gemeenten/herindelingen.csv` (CBS lists "Gemeenten alfabetisch" 2021 and 2023 as
// mirrored in edugis-repo/cbsbuurtwijkgemeente, commit 9a3127283d22f92f635f6decc90e1353017ff900, with
// dates from news reports; see that folder's README). Facts only.

/// A real gemeente that stopped existing, and the gemeente it merged into.
struct OpgehevenGemeente: Sendable {
    let cbsCode: String
    let naam: String
    let datum: String
    let opgegaanInCbsCode: String

    /// The gemeenten abolished on 2022-01-01, 2022-03-24 and 2023-01-01, by date and code.
    static let all: [OpgehevenGemeente] = [
        OpgehevenGemeente(cbsCode: "GM0370", naam: "Beemster", datum: "2022-01-01", opgegaanInCbsCode: "GM0439"),
        OpgehevenGemeente(cbsCode: "GM0398", naam: "Heerhugowaard", datum: "2022-01-01", opgegaanInCbsCode: "GM1980"),
        OpgehevenGemeente(cbsCode: "GM0416", naam: "Langedijk", datum: "2022-01-01", opgegaanInCbsCode: "GM1980"),
        OpgehevenGemeente(cbsCode: "GM0756", naam: "Boxmeer", datum: "2022-01-01", opgegaanInCbsCode: "GM1982"),
        OpgehevenGemeente(cbsCode: "GM0786", naam: "Grave", datum: "2022-01-01", opgegaanInCbsCode: "GM1982"),
        OpgehevenGemeente(cbsCode: "GM0815", naam: "Mill en Sint Hubert", datum: "2022-01-01", opgegaanInCbsCode: "GM1982"),
        OpgehevenGemeente(cbsCode: "GM1684", naam: "Cuijk", datum: "2022-01-01", opgegaanInCbsCode: "GM1982"),
        OpgehevenGemeente(cbsCode: "GM1702", naam: "Sint Anthonis", datum: "2022-01-01", opgegaanInCbsCode: "GM1982"),
        OpgehevenGemeente(cbsCode: "GM0856", naam: "Uden", datum: "2022-01-01", opgegaanInCbsCode: "GM1991"),
        OpgehevenGemeente(cbsCode: "GM1685", naam: "Landerd", datum: "2022-01-01", opgegaanInCbsCode: "GM1991"),
        OpgehevenGemeente(cbsCode: "GM0457", naam: "Weesp", datum: "2022-03-24", opgegaanInCbsCode: "GM0363"),
        OpgehevenGemeente(cbsCode: "GM0501", naam: "Brielle", datum: "2023-01-01", opgegaanInCbsCode: "GM1992"),
        OpgehevenGemeente(cbsCode: "GM0530", naam: "Hellevoetsluis", datum: "2023-01-01", opgegaanInCbsCode: "GM1992"),
        OpgehevenGemeente(cbsCode: "GM0614", naam: "Westvoorne", datum: "2023-01-01", opgegaanInCbsCode: "GM1992"),
    ]
}
