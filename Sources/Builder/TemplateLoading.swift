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
            // A byte-order mark would otherwise land in the middle of every page that includes the template.
            let bytes = file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(file.bytes.dropFirst(3)) : file.bytes
            guard let text = String(validating: bytes, as: UTF8.self) else {
                problems.append(.error(SourceLocation(file: file.displayPath), BuildMessages.templateNotUTF8))
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
