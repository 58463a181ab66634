import Beheer
import Diagnostics

extension Runner {
    /// Runs a merge: the summary on standard output, problems and the closing line on standard
    /// error. 0 when it went well (also a dry run), 1 when the input has errors (nothing written).
    func runMerge(_ request: MergeRequest) -> Int32 {
        let planned = Merge.plan(request.kind, into: request.into, merged: request.merged, folder: request.dataDirectory)
        guard case .success(let plan) = planned else {
            if case .failure(let problems) = planned { return fail(problems) }
            return 1
        }
        standardOutput(plan.summary)
        let names = plan.files.map(\.name).joined(separator: ", ")
        if plan.isEmpty {
            standardError("swc: niets te wijzigen in \(request.dataDirectory)\n")
        } else if !request.write {
            standardError("swc: proefdraai, niets geschreven (zou veranderen: \(names)); schrijf met --write\n")
        } else if let problems = plan.write() {
            return fail(problems)
        } else {
            standardError("swc: geschreven: \(names); controleer met 'swc check --data \(request.dataDirectory)' en bekijk de diff\n")
        }
        return 0
    }

    /// Makes the review reports and writes them into their own folder, never into a site.
    func runReviewReport(_ request: ReviewReportRequest) -> Int32 {
        let made = ReviewReport.make(folder: request.dataDirectory)
        guard case .success(let reports) = made else {
            if case .failure(let problems) = made { return fail(problems) }
            return 1
        }
        if let problems = reports.write(to: request.output, data: request.dataDirectory) { return fail(problems) }
        let pages = reports.files.filter { $0.name.hasSuffix(".html") }.count
        standardError("swc: rapporten geschreven naar \(request.output): \(pages) pagina's, \(reports.files.count - pages) CSV-bestanden\n")
        for finding in reports.findings { standardError("swc:   \(finding)\n") }
        return 0
    }

    private func fail(_ problems: DiagnosticList) -> Int32 {
        for diagnostic in problems.sorted { standardError(diagnostic.description + "\n") }
        standardError("swc: niets geschreven; \(problems.summary)\n")
        return 1
    }
}
