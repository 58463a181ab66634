import Content
import Diagnostics
import Mustache

/// Parses every template of `Templates/` once per build, in strict mode.
enum TemplateLoading {
    /// `folder` is how messages name the templates folder, also for templates that do not exist yet.
    static func load(_ files: [SourceFile], folder: String) -> Result<TemplateSet, DiagnosticList> {
        var sources: [String: String] = [:]
        var displayPaths: [String: String] = [:]
        var problems = DiagnosticList()
        for file in files {
            // The check drops a byte-order mark, which would otherwise land in the middle of every page.
            let text: String
            switch UTF8Check.decode(file) {
            case .success(let decoded): text = decoded
            case .failure(let problem):
                problems.append(problem)
                continue
            }
            let name = Inputs.templateName(file)
            sources[name] = text
            displayPaths[name] = file.displayPath
        }
        do {
            let set = try TemplateSet(sources: sources, displayPath: { displayPaths[$0] ?? "\(folder)/\($0)\(Inputs.templateExtension)" }, options: .strict)
            return problems.hasErrors ? .failure(problems) : .success(set)
        } catch {
            problems.append(contentsOf: error.errors.map(Rendering.diagnostic))
            return .failure(problems)
        }
    }
}
