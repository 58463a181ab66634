import Builder
import Diagnostics
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `swc serve`: builds the site, serves it on 127.0.0.1 and rebuilds whenever the content,
/// templates or data change. A build that fails is reported and the previous site stays served,
/// because the builder only swaps in a site that was written completely.
public final class PreviewServer: Sendable {
    /// What it builds, where it listens and how often it looks.
    public let options: ServeOptions
    private let report: @Sendable (ServeEvent) -> Void
    private let server = Mutex<HTTPServer?>(nil)
    private let stopping = Atomic<Bool>(false)
    private let watching = Atomic<Bool>(false)
    private let watcherFinished = DispatchSemaphore(value: 0)

    /// A server for `options` that tells `report` about each build; nothing runs before `start`.
    public init(options: ServeOptions, report: @escaping @Sendable (ServeEvent) -> Void) {
        self.options = options
        self.report = report
    }

    /// Opens the port, builds, and starts serving and watching; returns the port listened on.
    /// The port is opened before the build so that a port in use is reported without waiting for one.
    public func start() -> Result<UInt16, ServeFailure> {
        precondition(!watching.load(ordering: .sequentiallyConsistent), "a PreviewServer starts once")
        let listener: LoopbackListener
        switch LoopbackListener.open(port: options.port) {
        case .success(let opened): listener = opened
        case .failure(let failure): return .failure(.listen(failure.message))
        }
        // Taken before the build, so that an edit made while it runs is built next.
        let before = InputSnapshot.take(watchedFolders, excluding: servedFolder)
        report(.building(folder: options.build.outputDirectory))
        let (built, problems) = Build(options: options.build).build()
        guard let built, !problems.hasErrors else {
            close(listener.descriptor)
            return .failure(.build(problems))
        }
        let http = HTTPServer(listener: listener, handler: SiteHandler(resolver: SiteResolver(root: options.build.outputDirectory)))
        server.withLock { $0 = http }
        http.start()
        watching.store(true, ordering: .sequentiallyConsistent)
        Thread { [self] in watch(from: before) }.start()
        report(.started(address: "http://127.0.0.1:\(http.port)/", report: built, problems: problems))
        return .success(http.port)
    }

    /// Stops watching (after a build in progress) and serving; safe to call more than once.
    public func stop() {
        guard !stopping.exchange(true, ordering: .sequentiallyConsistent) else { return }
        if watching.load(ordering: .sequentiallyConsistent) { watcherFinished.wait() }
        server.withLock { $0 }?.stop()
    }

    private func watch(from snapshot: InputSnapshot) {
        defer { watcherFinished.signal() }
        var watcher = InputWatcher(built: snapshot)
        let (seconds, attoseconds) = options.pollInterval.components
        let interval = Double(seconds) + Double(attoseconds) / 1e18
        while !stopping.load(ordering: .sequentiallyConsistent) {
            Thread.sleep(forTimeInterval: interval)
            let latest = InputSnapshot.take(watchedFolders, excluding: servedFolder)
            guard !stopping.load(ordering: .sequentiallyConsistent), watcher.shouldRebuild(after: latest) else { continue }
            rebuild()
        }
    }

    private func rebuild() {
        let clock = ContinuousClock()
        let start = clock.now
        let (built, problems) = Build(options: options.build).build()
        let elapsed = (clock.now - start).components
        if built != nil, !problems.hasErrors {
            report(.rebuilt(seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, problems: problems))
        } else {
            report(.rebuildFailed(problems: problems))
        }
    }

    /// Everything a build reads: content, templates (with assets), data, and the previous snapshot.
    private var watchedFolders: [String] {
        let build = options.build
        return ([build.contentDirectory, build.templatesDirectory, build.dataDirectory] + [build.previousDataDirectory].compactMap { $0 })
            .map(Self.standardized)
    }

    private var servedFolder: String { Self.standardized(options.build.outputDirectory) }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
