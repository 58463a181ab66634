import Builder
import Diagnostics

/// What the preview server has to tell its user; the command line prints `text`, tests look at
/// the values.
public enum ServeEvent: Sendable {
    /// The port is open and the first build begins; it writes the site into `folder`.
    case building(folder: String)
    /// The first build is done and the site is served at `address`.
    case started(address: String, report: BuildReport, problems: DiagnosticList)
    /// An edit was built and is now served.
    case rebuilt(seconds: Double, problems: DiagnosticList)
    /// An edit broke the build; the previous site is still served.
    case rebuildFailed(problems: DiagnosticList)

    /// The lines for stderr, each ending in a newline; warnings are left out when `quiet`.
    /// Diagnostics appear exactly as `swc build` prints them, sorted by file and position.
    public func text(quiet: Bool) -> String {
        switch self {
        case .building(let folder):
            return quiet ? "" : ServeMessages.building(folder)
        case .started(let address, let report, let problems):
            return Self.lines(problems, quiet: quiet) + ServeMessages.started(address: address, report: report, summary: problems.summary)
        case .rebuilt(let seconds, let problems):
            return Self.lines(problems, quiet: quiet) + ServeMessages.rebuilt(seconds: seconds)
        case .rebuildFailed(let problems):
            return Self.lines(problems, quiet: quiet) + ServeMessages.rebuildFailed(summary: problems.summary)
        }
    }

    private static func lines(_ problems: DiagnosticList, quiet: Bool) -> String {
        problems.sorted.filter { $0.severity == .error || !quiet }.map { $0.description + "\n" }.joined()
    }
}
