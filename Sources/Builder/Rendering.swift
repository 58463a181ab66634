import Parallel
import Content
import Diagnostics
import Mustache
import Site

/// A file ready to be written: rendered text (written from its UTF-8 storage without a copy) or bytes.
struct OutputFile: Sendable {
    var path: String
    var text: String?
    var bytes: [UInt8] = []

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    var count: Int { text?.utf8.count ?? bytes.count }
}

enum Rendering {
    /// Renders every planned file on all cores. A strict-mode error usually repeats on every page
    /// of a kind; it is reported once.
    static func render(_ planned: [PlannedFile], with templates: TemplateSet) -> Result<[OutputFile], DiagnosticList> {
        let results = parallelMap(planned) { file -> Result<OutputFile, MustacheError> in
            switch file.source {
            case .bytes(let make):
                return .success(OutputFile(path: file.path, bytes: make()))
            case .page(let template, let makeValue):
                var output = ""
                output.reserveCapacity(8 * 1024)
                do throws(MustacheError) {
                    try templates.render(template, makeValue(), into: &output)
                } catch {
                    return .failure(error)
                }
                return .success(OutputFile(path: file.path, text: output))
            }
        }
        var files: [OutputFile] = []
        var problems: Set<Diagnostic> = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): problems.insert(diagnostic(error))
            }
        }
        return problems.isEmpty ? .success(files) : .failure(DiagnosticList(Array(problems)))
    }

    static func diagnostic(_ error: MustacheError) -> Diagnostic {
        .error(SourceLocation(file: error.file, line: error.line, column: error.column), error.message)
    }
}
