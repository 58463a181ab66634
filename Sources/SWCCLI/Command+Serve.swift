import Builder

/// `swc serve [--port N] [--output MAP] [build's input options]`.
public struct ServeRequest: Sendable {
    /// The build of every round. Its output folder is only used when `output` is given; otherwise
    /// the runner builds into a private temporary folder, so a preview never replaces `site/`.
    public var options: BuildOptions
    /// `--port N` on 127.0.0.1.
    public var port: UInt16 = 8000
    /// `--output MAP`: serve (and keep) the site in this folder instead of a temporary one.
    public var output: String?
    /// `--quiet`: no warnings and no progress, only errors and the rebuild lines.
    public var quiet = false

    /// A request to serve what `options` build on the default port.
    public init(options: BuildOptions) {
        self.options = options
    }
}

extension CommandLineParser {
    /// The arguments after `serve`: `--port N` and `--output MAP` are taken here, the rest are
    /// build's input options and parsed as `swc build` parses them.
    static func serveRequest(_ arguments: [String]) -> Result<ServeRequest, UsageError> {
        var port: UInt16?
        var output: String?
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            var (name, value) = (argument, String?.none)
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            guard name == "--port" || name == "--output" else {
                rest.append(argument)
                continue
            }
            if value == nil, index < arguments.count, !arguments[index].hasPrefix("--") {
                value = arguments[index]
                index += 1
            }
            guard let value, !value.isEmpty else {
                return .failure(UsageError(message: "de optie '\(name)' heeft een waarde nodig: zie 'swc help serve'"))
            }
            if name == "--output" {
                output = value
                continue
            }
            // Port 0 would make the kernel pick one; an editor needs an address known beforehand.
            guard let number = UInt16(value), number > 0 else {
                return .failure(UsageError(message: "'\(value)' is geen poort: geef een getal van 1 tot en met 65535, bijvoorbeeld --port 8000"))
            }
            port = number
        }
        return buildOptions(rest, command: "serve").flatMap { options, quiet in
            // A report describes a published build; serve publishes nothing.
            if options.reportPath != nil {
                return .failure(UsageError(message: "'swc serve' schrijft geen bouwrapport: laat --report weg, of gebruik 'swc build --report'"))
            }
            var request = ServeRequest(options: options)
            request.port = port ?? request.port
            request.output = output
            request.quiet = quiet
            return .success(request)
        }
    }
}
