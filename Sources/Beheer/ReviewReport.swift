import CatalogusLoader
import Diagnostics
import Tabular

/// `swc report`: read the data folder as raw records → index them → make each report page →
/// render HTML and CSV. Nothing is written here; `ReportFolder.write` does that.
public enum ReviewReport {
    /// Reads the data folder `folder` and makes the report files.
    public static func make(folder: String) -> Result<ReportFolder, DiagnosticList> {
        DataFolder.read(folder).flatMap { make(files: $0, folder: Merge.trimmed(folder)) }
    }

    /// Makes the report files from files already read (file name → contents). Fails only when a
    /// data file is not valid JSON; other problems of the folder are counted on the index page.
    public static func make(files: [String: SourceFile], folder: String) -> Result<ReportFolder, DiagnosticList> {
        ReportInput.read(files, folder: folder).map { input in
            let index = ReportIndex(input.data)
            let references = GemmaReferences.all(input.data, index)
            let pages = [
                ConceptReport.page(index),
                DuplicateReport.page(index),
                QualityReport.page(index, references: references, gemma: input.gemma),
                GemmaReferenceReport.page(references, gemma: input.gemma),
            ]
            let intro = [
                ReportMessages.indexIntro(naam: input.naam, peildatum: input.peildatum),
                ReportMessages.checkResult(errors: input.errors, warnings: input.warnings),
            ]
            var files = [ReportFolder.File(name: "index.html", bytes: Array(ReportHTML.index(pages, intro: intro).utf8))]
            for page in pages {
                files.append(ReportFolder.File(name: page.name + ".html", bytes: Array(ReportHTML.page(page, all: pages).utf8)))
                for table in page.tables { files.append(ReportFolder.File(name: table.name + ".csv", bytes: CSV.encode(table.table))) }
            }
            return ReportFolder(files: files, findings: pages.map { "\($0.title): \($0.finding)" })
        }
    }
}

/// The report pages and tables, ready to write into one folder.
public struct ReportFolder: Sendable {
    /// One file of the folder: `concepten.html`, `concept-applicaties.csv`.
    public struct File: Sendable, Equatable {
        /// The file name inside the report folder.
        public let name: String
        /// UTF-8 HTML, or CSV as `Tabular.CSV` writes it (BOM, `;`, CRLF).
        public let bytes: [UInt8]
    }

    /// `index.html` first, then each page followed by its tables' CSV files.
    public let files: [File]
    /// Per report what it found, for the closing lines on the terminal.
    public let findings: [String]
}
