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

/// What the last stage produced: counts for the report and the closing line.
struct Written: Sendable {
    var pages = 0
    var files = 0
    var bytes = 0

    mutating func add(path: String, count: Int) {
        files += 1
        bytes += count
        if path.hasSuffix(".html") { pages += 1 }
    }
}

enum Rendering {
    /// One planned file as text or bytes; a strict-mode template error is the error.
    static func render(_ file: PlannedFile, with templates: TemplateSet) -> Result<OutputFile, MustacheError> {
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

    /// Renders every file on all cores and keeps only the counts (`swc check`).
    static func check(_ files: [PlannedFile], render: @Sendable (PlannedFile) -> Result<OutputFile, MustacheError>) -> Result<Written, DiagnosticList> {
        let results = parallelMap(files) { file in render(file).map { (path: $0.path, count: $0.count) } }
        var written = Written()
        var problems: Set<Diagnostic> = []
        for result in results {
            switch result {
            case .success(let file): written.add(path: file.path, count: file.count)
            case .failure(let error): problems.insert(diagnostic(error))
            }
        }
        return problems.isEmpty ? .success(written) : .failure(DiagnosticList(Array(problems)))
    }

    /// A strict-mode error usually repeats on every page of a kind; callers report it once.
    static func diagnostic(_ error: MustacheError) -> Diagnostic {
        .error(SourceLocation(file: error.file, line: error.line, column: error.column), error.message)
    }
}
