import Diagnostics

/// The array files of one data folder as raw records, by file name. Absent files are empty, so a
/// merge can ask for `gebruik.json` whether the folder has one or not.
struct DataSet: Sendable {
    /// The array files of the data contract, in the order summaries list them.
    static let fileNames = [
        "organisaties.json", "contactpersonen.json", "applicaties.json", "applicatieversies.json", "compliancy.json",
        "diensten.json", "gebruik.json", "koppelingen.json", "beoordelingen.json", "contracten.json",
    ]

    private(set) var files: [String: DataFile] = [:]
    let folder: String

    /// Every array file of `sources` parsed; all syntax problems together when there are any.
    static func parse(_ sources: [String: SourceFile], folder: String) -> Result<DataSet, DiagnosticList> {
        var set = DataSet(folder: folder)
        var problems = DiagnosticList()
        for name in fileNames {
            guard let source = sources[name] else { continue }
            switch DataFile.parse(source) {
            case .success(let file): set.files[name] = file
            case .failure(let problem): problems.append(problem)
            }
        }
        return problems.hasErrors ? .failure(problems) : .success(set)
    }

    private init(folder: String) {
        self.folder = folder
    }

    subscript(name: String) -> [DataRecord] {
        get { files[name]?.records ?? [] }
        set {
            // An absent file only ever receives an empty list: merges never add objects.
            guard files[name] != nil else { return }
            files[name]!.records = newValue
        }
    }

    /// The file, for its display path and positions; nil when the folder has none.
    func file(_ name: String) -> DataFile? { files[name] }

    /// The files whose objects changed, in summary order.
    var changedFiles: [DataFile] {
        Self.fileNames.compactMap { files[$0] }.filter(\.isChanged)
    }
}
