import Builder
import Foundation
import Serve
#if canImport(Glibc)
import Glibc
#endif

extension Runner {
    /// `swc serve`: runs until Ctrl-C (SIGINT) or SIGTERM, then stops serving and removes the
    /// temporary site. Exit code 1 when the first build fails or the port cannot be opened.
    func runServe(_ request: ServeRequest) -> Int32 {
        // Without --output the site lives in a folder of this process only: a preview must never
        // replace the `site/` that is about to be published.
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("swc-serve-\(getpid())").path
        let scratch = request.output == nil ? temporary : nil
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        var build = request.options
        build.outputDirectory = request.output ?? temporary + "/site"
        let standardError = self.standardError
        let quiet = request.quiet
        let server = PreviewServer(options: ServeOptions(build: build, port: request.port)) { event in
            standardError(event.text(quiet: quiet))
        }
        // Signals are caught from here on, so that Ctrl-C during the first build still ends in a clean stop.
        let stop = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }
        defer { for (number, source) in zip([SIGINT, SIGTERM], sources) { source.cancel(); signal(number, SIG_DFL) } }
        switch server.start() {
        case .success:
            break
        case .failure(.listen(let message)):
            standardError("swc: \(message)\n")
            return 1
        case .failure(.build(let problems)):
            for diagnostic in problems.sorted where diagnostic.severity == .error || !quiet {
                standardError(diagnostic.description + "\n")
            }
            standardError("swc: niets te tonen; \(problems.summary): herstel de fouten en start 'swc serve' opnieuw\n")
            return 1
        }
        stop.wait()
        server.stop()
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
        standardError("swc: gestopt\n")
        return 0
    }
}
