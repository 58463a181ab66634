import Builder
import Diagnostics

/// What `swc serve` builds, where it listens and how often it looks for edits.
public struct ServeOptions: Sendable {
    /// The build of every round; its `outputDirectory` is the folder that is served.
    public var build: BuildOptions
    /// The port on 127.0.0.1; 0 lets the kernel choose one (for tests).
    public var port: UInt16
    /// How long between two looks at the input folders; a look costs one stat per file.
    public var pollInterval: Duration

    /// Serves the site `build` writes on `port`, looking for edits every 300 ms.
    public init(build: BuildOptions, port: UInt16 = 8000, pollInterval: Duration = .milliseconds(300)) {
        self.build = build
        self.port = port
        self.pollInterval = pollInterval
    }
}

/// Why `swc serve` could not start.
public enum ServeFailure: Error, Sendable {
    /// The first build failed, so there is no site to serve; the problems are located as in `swc build`.
    case build(DiagnosticList)
    /// The port could not be opened; the message says what to do.
    case listen(String)
}
