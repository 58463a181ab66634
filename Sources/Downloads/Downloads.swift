import AMEFFExport
import CatalogusModel
import Parallel
import Tabular

/// A download the build will write: where, and how to make its bytes. Made when the file is
/// written, on any core, like the pages.
public struct DownloadFile: Sendable {
    /// Path inside the output folder (`downloads/applicaties.csv`), relative and clean.
    public let path: String
    public let make: @Sendable () -> [UInt8]
}

/// A link to a download, as a page shows it.
public struct DownloadLink: Sendable, Equatable {
    /// Root-relative address (`/gemeenten/alkmaar/alkmaar-landschap.csv`).
    public let url: String
    /// What it is, for the link text ("Applicatielandschap").
    public let titel: String
    /// CSV, Excel (XLSX) or ArchiMate (AMEFF).
    public let formaat: String
}

/// Every download of the site, from the visible catalogue only, so a download can never hold
/// what the audience may not see.
public enum Downloads {
    /// The folder of the national tables, and the address of the page that documents them.
    public static let folder = "downloads"

    /// The national tables, documented on `/downloads/`.
    public static func publicSheets() -> [SheetDoc] {
        let l = DownloadLookups.none
        return [PublicSheets.applicaties(l).doc, PublicSheets.applicatieversies(l).doc, PublicSheets.leveranciers(l).doc, PublicSheets.diensten(l).doc]
    }

    /// The tables of one organisation's landscape (gemeenten site), documented on `/downloads/` there.
    public static func landscapeSheets() -> [SheetDoc] {
        let l = DownloadLookups.none
        return [LandscapeSheets.landschap(l).doc, LandscapeSheets.koppelingen(l).doc]
    }

    /// The national tables' files, CSV and XLSX of each.
    public static func publicLinks() -> [DownloadLink] {
        publicSheets().flatMap { sheet in
            [DownloadLink(url: "/\(folder)/\(sheet.name).csv", titel: sheet.titel, formaat: "CSV"),
             DownloadLink(url: "/\(folder)/\(sheet.name).xlsx", titel: sheet.titel, formaat: "Excel (XLSX)")]
        }
    }

    /// The downloads of the gemeente or samenwerking whose page is at `pageURL` (`/gemeenten/alkmaar/`):
    /// landscape and koppelingen as CSV, XLSX and ArchiMate, and one ArchiMate file with both placed in GEMMA's views.
    public static func organisationLinks(pageURL: String) -> [DownloadLink] {
        let base = pageURL + slug(of: pageURL)
        return landscapeSheets().flatMap { sheet in
            [DownloadLink(url: "\(base)-\(sheet.name).csv", titel: sheet.titel, formaat: "CSV"),
             DownloadLink(url: "\(base)-\(sheet.name).xlsx", titel: sheet.titel, formaat: "Excel (XLSX)"),
             DownloadLink(url: "\(base)-\(sheet.name).xml", titel: sheet.titel, formaat: ameffFormat)]
        } + [DownloadLink(url: "\(base)-archimate.xml", titel: "Landschap en koppelingen in de GEMMA-views", formaat: ameffFormat)]
    }

    /// The ArchiMate file of the applicatie or leverancier whose page is at `pageURL`.
    public static func portfolioLink(pageURL: String) -> DownloadLink {
        DownloadLink(url: pageURL + slug(of: pageURL) + "-archimate.xml", titel: "Portfolio", formaat: ameffFormat)
    }

    static let ameffFormat = "ArchiMate (AMEFF)"

    /// All download files of this build.
    /// Planning only decides the paths: lookups, rows and bytes are made when the files are
    /// written, on all cores, so downloads add nothing to the serial part of the build.
    public static func files(_ c: VisibleCatalogus, links: PageLinks) -> [DownloadFile] {
        var files: [DownloadFile] = []
        // The ArchiMate index is made by the first file that needs it (or beside the lookups, below).
        let ameff = SharedValue {
            let versieVan = Dictionary(c.applicatieversies.map { ($0.id, $0.applicatie) }, uniquingKeysWith: { a, _ in a })
            return AMEFFExport.Index(c) { page, id in
                switch page {
                case .applicatie: links.applicaties[id].map(links.absolute)
                case .applicatieversie: versieVan[id].flatMap { links.applicaties[$0] }.map(links.absolute)
                case .organisatie: links.organisaties[id].map(links.absolute)
                case .referentiecomponent: links.referentiecomponenten[id].map(links.absolute)
                }
            }
        }
        let applicaties = SharedValue { CellFormat.sorted(c.applicaties, name: \.naam, id: \.id) }
        // The two are made by the first file that needs either, side by side, so that the other
        // core does not wait for one and then for the other.
        let lookups = SharedValue { both({ DownloadLookups(c, links: links) }, { _ = ameff.get() }).0 }
        files += tables(at: folder + "/applicaties", lookups) { l in (PublicSheets.applicaties(l), applicaties.get()) }
        files += tables(at: folder + "/applicatieversies", lookups) { l in
            let order = Dictionary(applicaties.get().enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            // Each versie's applicatie looked up once, not at every comparison; positions sorted, not records.
            let versies = c.applicatieversies
            let rank = versies.map { order[$0.applicatie] ?? .max }
            let sorted = versies.indices.sorted { (rank[$0], versies[$0].versie, versies[$0].id) < (rank[$1], versies[$1].versie, versies[$1].id) }
            return (PublicSheets.applicatieversies(l), sorted.map { versies[$0] })
        }
        files += tables(at: folder + "/leveranciers", lookups) { l in
            (PublicSheets.leveranciers(l), CellFormat.sorted(c.organisaties.filter { $0.type == .leverancier || $0.type == .community }, name: \.naam, id: \.id))
        }
        files += tables(at: folder + "/diensten", lookups) { l in (PublicSheets.diensten(l), CellFormat.sorted(c.diensten, name: \.naam, id: \.id)) }
        // Contract: per-organisation downloads only for signed-in municipalities.
        for o in c.organisaties where o.isAfnemer && c.audience == .gemeenten {
            guard let page = links.organisaties[o.id] else { continue }
            let base = String((page + slug(of: page)).dropFirst())
            // The three ArchiMate files share the organisation's landscape and koppelingen, written once.
            let pieces = SharedUses(uses: 3) { ameff.get().gemeenten?.pieces(o.id) }
            files.append(DownloadFile(path: base + "-landschap.xml") { pieces.get().flatMap { ameff.get().gemeenten?.landschap($0) } ?? [] })
            files.append(DownloadFile(path: base + "-koppelingen.xml") { pieces.get().flatMap { ameff.get().gemeenten?.koppelingen($0) } ?? [] })
            files.append(DownloadFile(path: base + "-archimate.xml") { pieces.get().flatMap { ameff.get().gemeenten?.architectuur($0) } ?? [] })
            files += tables(at: base + "-landschap", lookups, compression: .store) { l in
                let lines = l.gebruikPerAfnemer[o.id] ?? []
                return (LandscapeSheets.landschap(l), l.sorted(lines, byApplicatie: { $0.applicatie }, id: \.id))
            }
            files += tables(at: base + "-koppelingen", lookups, compression: .store) { l in
                let koppelingen = l.koppelingenPerAfnemer[o.id] ?? []
                return (LandscapeSheets.koppelingen(l), l.sorted(koppelingen, byApplicatie: { l.gebruikApplicatie[$0.bron] }, id: \.id))
            }
        }
        // The thousands of small portfolio files last: at the end of the build the cores then
        // share small pieces of work, rather than one finishing an organisation's megabytes alone.
        var portfolios: [DownloadFile] = []
        for a in c.applicaties {
            guard let page = links.applicaties[a.id] else { continue }
            portfolios.append(DownloadFile(path: String(portfolioLink(pageURL: page).url.dropFirst())) { ameff.get().applicatie(a.id) ?? [] })
        }
        for o in c.organisaties where o.type == .leverancier || o.type == .community {
            guard let page = links.organisaties[o.id] else { continue }
            portfolios.append(DownloadFile(path: String(portfolioLink(pageURL: page).url.dropFirst())) { ameff.get().leverancier(o.id) ?? [] })
        }
        return files + portfolios
    }

    /// CSV and XLSX of one sheet, at `path` plus the extension; the table is made once for both.
    /// `compression`: the national tables are deflated (megabytes, downloaded by many); an
    /// organisation's own sheets are stored, a few hundred kilobytes each, because deflating
    /// hundreds of them cost more of the build than writing the extra bytes.
    private static func tables<Row>(at path: String, _ lookups: SharedValue<DownloadLookups>, compression: ZipArchive.Compression = .deflate,
                                    _ make: @escaping @Sendable (DownloadLookups) -> (DownloadSheet<Row>, [Row])) -> [DownloadFile] {
        let table = SharedUses(uses: 2) {
            let (sheet, rows) = make(lookups.get())
            return sheet.table(rows)
        }
        return [DownloadFile(path: path + ".csv") { CSV.encode(table.get()) },
                DownloadFile(path: path + ".xlsx") { XLSX.encode(table.get(), compression: compression) }]
    }

    /// `/gemeenten/alkmaar/` → `alkmaar`: download names repeat the page's slug, so a saved file says whose it is.
    static func slug(of pageURL: String) -> String {
        String(pageURL.split(separator: "/").last ?? "")
    }
}
