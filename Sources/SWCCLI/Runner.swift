import Builder
import Demo
import Foundation
import Diagnostics

/// Runs a command line and returns the exit code: 0 success, 1 errors in the input, 2 wrong usage.
/// Output goes through the two closures, so tests can read it.
public struct Runner: Sendable {
    public var standardOutput: @Sendable (String) -> Void
    public var standardError: @Sendable (String) -> Void

    public init(standardOutput: @escaping @Sendable (String) -> Void, standardError: @escaping @Sendable (String) -> Void) {
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    public func run(_ arguments: [String]) -> Int32 {
        switch CommandLineParser.parse(arguments) {
        case .failure(let usage):
            standardError("swc: \(usage.message)\n")
            return 2
        case .success(.help(let topic)):
            standardOutput(HelpText.text(for: topic))
            return 0
        case .success(.version):
            standardOutput(HelpText.version + "\n")
            return 0
        case .success(.build(let options, let quiet)):
            let outcome = Build(options: options, progress: progress(quiet)).build()
            let code = execute(outcome, verb: "gebouwd", quiet: quiet)
            if let path = options.reportPath, !writeReport(outcome, options: options, to: path) { return 1 }
            return code
        case .success(.check(let options, let quiet)):
            return execute(Build(options: options, progress: progress(quiet)).check(), verb: "gecontroleerd", quiet: quiet)
        case .success(.demo(let request)):
            return demo(request)
        case .success(.import(let request)):
            return runImport(request)
        case .success(.merge(let request)):
            return runMerge(request)
        case .success(.report(let request)):
            return runReviewReport(request)
        case .success(.serve(let request)):
            return runServe(request)
        }
    }

    private func demo(_ request: DemoRequest) -> Int32 {
        guard let gemma = FileManager.default.contents(atPath: request.gemma) else {
            standardError("\(request.gemma): fout: het GEMMA-model kan niet gelezen worden: geef met --gemma een AMEFF-bestand\n")
            return 1
        }
        let files: [String: [UInt8]]
        do {
            files = try DemoCatalogue.generate(DemoOptions(scale: request.scale), gemma: [UInt8](gemma))
        } catch let error as DemoError {
            standardError("\(request.gemma): fout: de demo kan niet gemaakt worden: \(error)\n")
            return 1
        } catch {
            standardError("\(request.gemma): fout: de demo kan niet gemaakt worden; controleer het GEMMA-model\n")
            return 1
        }
        do {
            try FileManager.default.createDirectory(atPath: request.output, withIntermediateDirectories: true)
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
                try Data(bytes).write(to: URL(fileURLWithPath: request.output).appendingPathComponent(name), options: .atomic)
            }
        } catch let error as CocoaError {
            standardError("\(error.filePath ?? request.output): fout: kan de gegevens niet schrijven (\(error.code.rawValue)): controleer rechten en vrije schijfruimte\n")
            return 1
        } catch {
            standardError("\(request.output): fout: kan de gegevens niet schrijven: controleer rechten en vrije schijfruimte\n")
            return 1
        }
        let bytes = files.values.reduce(0) { $0 + $1.count }
        standardError("swc: demo-catalogus (schaal \(request.scale)) geschreven naar \(request.output): \(files.count) bestanden, \(bytes / 1024) KB\n")
        return 0
    }

    private func progress(_ quiet: Bool) -> @Sendable (String) -> Void {
        let standardError = self.standardError
        if quiet { return { _ in } }
        return { line in standardError("swc: \(line)\n") }
    }

    private func execute(_ outcome: (BuildReport?, DiagnosticList), verb: String, quiet: Bool) -> Int32 {
        let (report, problems) = outcome
        for diagnostic in problems.sorted where diagnostic.severity == .error || !quiet {
            standardError(diagnostic.description + "\n")
        }
        guard let report, !problems.hasErrors else {
            standardError("swc: niets geschreven; \(problems.summary)\n")
            return 1
        }
        if !quiet {
            standardError("swc: \(verb): \(report.pages) pagina's, \(report.files) bestanden; \(problems.summary)\n")
        }
        return 0
    }
}
