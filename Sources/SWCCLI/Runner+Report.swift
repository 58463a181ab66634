import Builder
import Diagnostics
import Foundation

extension Runner {
    /// Writes the build report next to nothing else of the site, atomically; false (with a
    /// message) when it cannot be written.
    func writeReport(_ outcome: (BuildReport?, DiagnosticList), options: BuildOptions, to path: String) -> Bool {
        let bytes = BuildReport.json(outcome.0, problems: outcome.1, audience: options.settings.audience.rawValue)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            standardError("\(path): fout: het bouwrapport kan niet geschreven worden: controleer de map en de rechten\n")
            return false
        }
    }
}
