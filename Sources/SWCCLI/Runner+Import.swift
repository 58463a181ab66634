import Importer

extension Runner {
    /// Runs an import: the report on standard output, the problems and the closing line on standard
    /// error. 0 when it went well (also a dry run), 1 when the input has errors (nothing written).
    func runImport(_ request: ImportRequest) -> Int32 {
        let outcome = switch request.kind {
        case .swcCSV: SWCCSVImport.run(file: request.file, dataDirectory: request.dataDirectory, write: request.write)
        case .gemma: GemmaImport.run(file: request.file, dataDirectory: request.dataDirectory, write: request.write)
        }
        if let report = outcome.report { standardOutput(report) }
        for diagnostic in outcome.problems.sorted { standardError(diagnostic.description + "\n") }
        let summary = outcome.problems.summary
        if outcome.problems.hasErrors {
            let written = outcome.files.isEmpty ? "niets geschreven" : "alleen geschreven: \(outcome.files.joined(separator: ", "))"
            standardError("swc: \(written); \(summary)\n")
            return 1
        }
        if outcome.files.isEmpty {
            standardError("swc: niets te veranderen; \(summary)\n")
        } else if outcome.wrote {
            standardError("swc: geschreven: \(outcome.files.joined(separator: ", ")); \(summary)\n")
        } else {
            standardError("swc: proefdraai, niets geschreven (zou veranderen: \(outcome.files.joined(separator: ", "))); schrijf met --write; \(summary)\n")
        }
        return 0
    }
}
