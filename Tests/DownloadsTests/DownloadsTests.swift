import CatalogusModel
import Downloads
import Tabular
import XCTest

final class DownloadsTests: XCTestCase {
    func testPublicSiteGetsTheNationalTablesAndThePortfolios() {
        XCTAssertEqual(DownloadsFixture.files(.publiek).keys.sorted(), [
            "applicaties/archief/archief-archimate.xml", "applicaties/zaak/zaak-archimate.xml",
            "downloads/applicaties.csv", "downloads/applicaties.xlsx", "downloads/applicatieversies.csv", "downloads/applicatieversies.xlsx",
            "downloads/diensten.csv", "downloads/diensten.xlsx", "downloads/leveranciers.csv", "downloads/leveranciers.xlsx",
            "leveranciers/lev-haak-b-v/lev-haak-b-v-archimate.xml",
        ])
    }

    func testGemeentenSiteAlsoGetsEachLandscapeNamedAfterItsPage() {
        let names = Set(DownloadsFixture.files(.gemeenten).keys)
        for name in ["gemeenten/gemeente-zuid/gemeente-zuid-landschap.csv", "gemeenten/gemeente-zuid/gemeente-zuid-landschap.xlsx",
                     "gemeenten/gemeente-zuid/gemeente-zuid-koppelingen.csv", "gemeenten/gemeente-zuid/gemeente-zuid-koppelingen.xlsx",
                     "gemeenten/gemeente-zuid/gemeente-zuid-landschap.xml", "gemeenten/gemeente-zuid/gemeente-zuid-koppelingen.xml",
                     "gemeenten/gemeente-zuid/gemeente-zuid-archimate.xml"] {
            XCTAssertTrue(names.contains(name), name)
        }
        XCTAssertEqual(Downloads.organisationLinks(pageURL: "/gemeenten/gemeente-zuid/").map(\.url).first, "/gemeenten/gemeente-zuid/gemeente-zuid-landschap.csv")
        XCTAssertEqual(Set(Downloads.organisationLinks(pageURL: "/gemeenten/gemeente-zuid/").map { String($0.url.dropFirst()) }), names.filter { $0.hasPrefix("gemeenten/") },
                       "every file a gemeente page links is written, and every one written is linked")
    }

    func testEveryReferenceHasANameAndAnIdColumnAndManyValuesStayParallel() throws {
        let rows = DownloadsFixture.rows(try XCTUnwrap(DownloadsFixture.files(.publiek)["downloads/diensten.csv"]))
        let header = rows[0]
        XCTAssertEqual(Array(header.prefix(4)), ["naam", "_id", "aanbieder", "_aanbiederId"])
        let row = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        XCTAssertEqual(row["aanbieder"], "Lev; \"Haak\" B.V.", "quoted with ; and doubled quotes, read back the same")
        XCTAssertEqual(row["applicaties"], "archief, Zaak")
        XCTAssertEqual(row["_applicatieIds"], "app3, app1", "ids in the order of the names")
    }

    func testCellsThatLookLikeFormulasAreNeutralised() throws {
        let rows = DownloadsFixture.rows(try XCTUnwrap(DownloadsFixture.files(.publiek)["downloads/applicaties.csv"]))
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[2]))
        XCTAssertEqual(row["naam"], "Zaak")
        XCTAssertEqual(row["beschrijvingKort"], "'=SOM(A1:A9)")
        XCTAssertEqual(row["cloudDienstverleningsmodel"], "SaaS, PaaS")
        XCTAssertEqual(row["pagina"], "https://www.softwarecatalogus.nl/applicaties/zaak/")
    }

    func testRowsAreSortedByNameAndEveryRowHasEveryColumn() throws {
        for (path, bytes) in DownloadsFixture.files(.gemeenten) where path.hasSuffix(".csv") {
            let rows = DownloadsFixture.rows(bytes)
            XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count }, path)
        }
        let rows = DownloadsFixture.rows(try XCTUnwrap(DownloadsFixture.files(.publiek)["downloads/applicaties.csv"]))
        XCTAssertEqual(rows.dropFirst().map { $0[0] }, ["archief", "Zaak"], "case does not decide the order")
    }

    func testNoDownloadNamesWhatTheAudienceMayNotSee() throws {
        for audience in Audience.allCases {
            for (path, bytes) in DownloadsFixture.files(audience) {
                let text = path.hasSuffix(".xlsx")
                    ? try XCTUnwrap(ZipReader.entries(bytes), path).map { String(decoding: $0.contents, as: UTF8.self) }.joined()
                    : String(decoding: bytes, as: UTF8.self)
                XCTAssertFalse(text.contains("Verborgen Applicatie") || text.contains("app2"), "\(audience) \(path)")
            }
        }
    }

    func testEveryArchiMateFileIsAnExchangeModelWithThePagesURL() throws {
        let files = DownloadsFixture.files(.gemeenten)
        let portfolio = String(decoding: try XCTUnwrap(files["applicaties/zaak/zaak-archimate.xml"]), as: UTF8.self)
        XCTAssertTrue(portfolio.contains("http://www.opengroup.org/xsd/archimate/3.0/"))
        XCTAssertTrue(portfolio.contains("https://www.softwarecatalogus.nl/applicaties/zaak/"), "URL property from the page links")
        let landschap = String(decoding: try XCTUnwrap(files["gemeenten/gemeente-zuid/gemeente-zuid-landschap.xml"]), as: UTF8.self)
        XCTAssertTrue(landschap.contains("Gemeente Zuid") && landschap.contains("Zaak"))
        XCTAssertTrue(files.filter { $0.key.hasSuffix(".xml") }.allSatisfy { !$0.value.isEmpty })
    }

    func testXLSXKeepsTextAsText() throws {
        let bytes = try XCTUnwrap(DownloadsFixture.files(.publiek)["downloads/applicatieversies.xlsx"])
        let sheet = try XCTUnwrap(ZipReader.entries(bytes)?.first { $0.path == "xl/worksheets/sheet1.xml" })
        XCTAssertTrue(String(decoding: sheet.contents, as: UTF8.self).contains("<t xml:space=\"preserve\">007</t>") ||
                      String(decoding: sheet.contents, as: UTF8.self).contains("<t>007</t>"), "versie 007 stays text")
    }

    func testTheDocumentationListsEveryColumnTheFilesHave() throws {
        let files = DownloadsFixture.files(.gemeenten)
        for sheet in Downloads.publicSheets() {
            let rows = DownloadsFixture.rows(try XCTUnwrap(files["downloads/\(sheet.name).csv"]))
            XCTAssertEqual(rows[0], sheet.columns.map(\.name), sheet.name)
            XCTAssertTrue(sheet.columns.allSatisfy { !$0.meaning.isEmpty }, sheet.name)
        }
        let landscape = DownloadsFixture.rows(try XCTUnwrap(files["gemeenten/gemeente-zuid/gemeente-zuid-landschap.csv"]))
        XCTAssertEqual(landscape[0], Downloads.landscapeSheets()[0].columns.map(\.name))
        XCTAssertEqual(landscape.count, 3, "header and the two lines")
    }
}
