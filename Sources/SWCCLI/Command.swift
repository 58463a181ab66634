import Builder
import Foundation
import Site

/// What the user asked for on the command line.
public enum Command: Sendable {
    case build(BuildOptions, quiet: Bool)
    case check(BuildOptions, quiet: Bool)
    case demo(DemoRequest)
    case `import`(ImportRequest)
    case merge(MergeRequest)
    case report(ReviewReportRequest)
    case serve(ServeRequest)
    case help(topic: String?)
    case version
}

/// `swc demo --scale N --output DIR [--gemma FILE]`.
public struct DemoRequest: Sendable, Equatable {
    public var scale: Double
    public var output: String
    /// The GEMMA model copied into the catalogue; the project's demo model by default.
    public var gemma: String = "content/catalogus/gemma.xml"
}

/// A command line we cannot run; exit code 2.
public struct UsageError: Error, Sendable, Equatable {
    public var message: String
}

/// Hand-written parsing: `swc build [--data DIR] [--content DIR] [--templates DIR] [--output DIR]
/// [--audience publiek|gemeenten] [--base-url URL] [--quiet]`, `swc check …`, `swc help [COMMAND]`,
/// `swc --help`, `swc --version`.
public enum CommandLineParser {
    public static func parse(_ arguments: [String]) -> Result<Command, UsageError> {
        guard let first = arguments.first else { return .success(.help(topic: nil)) }
        switch first {
        case "--help", "-h": return .success(.help(topic: nil))
        case "--version": return .success(.version)
        case "help":
            guard arguments.count <= 2 else { return .failure(UsageError(message: "'swc help' neemt hooguit één commando")) }
            let topic = arguments.dropFirst().first
            if let topic, !HelpText.commands.contains(topic) { return .failure(unknownCommand(topic)) }
            return .success(.help(topic: topic))
        case "demo":
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .success(.help(topic: first)) }
            return demoRequest(Array(arguments.dropFirst())).map(Command.demo)
        case "import":
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .success(.help(topic: first)) }
            return importRequest(Array(arguments.dropFirst())).map(Command.import)
        case "merge":
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .success(.help(topic: first)) }
            return mergeRequest(Array(arguments.dropFirst())).map(Command.merge)
        case "report":
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .success(.help(topic: first)) }
            return reviewReportRequest(Array(arguments.dropFirst())).map(Command.report)
        case "serve":
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .success(.help(topic: first)) }
            return serveRequest(Array(arguments.dropFirst())).map(Command.serve)
        case "build", "check":
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) { return .success(.help(topic: first)) }
            return buildOptions(Array(arguments.dropFirst()), command: first).map { options, quiet in
                first == "build" ? .build(options, quiet: quiet) : .check(options, quiet: quiet)
            }
        default:
            return .failure(unknownCommand(first))
        }
    }

    static func buildOptions(_ arguments: [String], command: String) -> Result<(BuildOptions, Bool), UsageError> {
        var options = BuildOptions()
        var quiet = false
        var downloads = true
        var insight = true
        var audience = Audience.publiek
        var baseURL: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            var (name, inlineValue) = (argument, String?.none)
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "--quiet" || name == "-q" {
                quiet = true
                index += 1
                continue
            }
            if name == "--force" || name == "--no-downloads" || name == "--no-insight" {
                switch name {
                case "--force": options.force = true
                case "--no-downloads": downloads = false
                default: insight = false
                }
                index += 1
                continue
            }
            guard valueOptions.contains(name) else {
                return .failure(UsageError(message: "onbekende optie '\(argument)' voor 'swc \(command)': zie 'swc help \(command)'"))
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") {
                value = arguments[index + 1]
                index += 1
            } else {
                return .failure(UsageError(message: "de optie '\(name)' heeft een waarde nodig: zie 'swc help \(command)'"))
            }
            index += 1
            guard !value.isEmpty else { return .failure(UsageError(message: "de optie '\(name)' heeft een lege waarde: geef een waarde, zie 'swc help \(command)'")) }
            switch name {
            case "--data": options.dataDirectory = value
            case "--content": options.contentDirectory = value
            case "--templates": options.templatesDirectory = value
            case "--output": options.outputDirectory = value
            case "--previous": options.previousDataDirectory = value
            case "--report": options.reportPath = value
            case "--min-fraction":
                guard let fraction = Double(value.replacingOccurrences(of: ",", with: ".")), fraction >= 0, fraction <= 1 else {
                    return .failure(UsageError(message: "'\(value)' is geen geldige ondergrens: geef een getal van 0 tot en met 1, bijvoorbeeld --min-fraction 0.9"))
                }
                options.minimumFraction = fraction
            case "--audience":
                guard let chosen = Audience(rawValue: value) else {
                    return .failure(UsageError(message: "onbekend publiek '\(value)': kies 'publiek' of 'gemeenten'"))
                }
                audience = chosen
            default:
                guard value.hasPrefix("https://") || value.hasPrefix("http://") else {
                    return .failure(UsageError(message: "'\(value)' is geen adres: geef --base-url als https://www.voorbeeld.nl"))
                }
                baseURL = value
            }
        }
        options.settings = SiteSettings(audience: audience, baseURL: baseURL)
        options.settings.downloads = downloads
        options.settings.insight = insight
        return .success((options, quiet))
    }

    private static func demoRequest(_ arguments: [String]) -> Result<DemoRequest, UsageError> {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard ["--scale", "--output", "--gemma"].contains(name) else {
                return .failure(UsageError(message: "onbekende optie '\(name)' voor 'swc demo': zie 'swc help demo'"))
            }
            guard index + 1 < arguments.count, !arguments[index + 1].isEmpty else {
                return .failure(UsageError(message: "de optie '\(name)' heeft een waarde nodig: zie 'swc help demo'"))
            }
            values[name] = arguments[index + 1]
            index += 2
        }
        guard let output = values["--output"] else {
            return .failure(UsageError(message: "'swc demo' heeft --output MAP nodig: waar de gegevensbestanden komen"))
        }
        let scaleText = values["--scale"] ?? "1"
        guard let scale = Double(scaleText.replacingOccurrences(of: ",", with: ".")), scale > 0, scale <= 24 else {
            // Above 24 the fictional CBS codes run out (see Sources/Demo/Gemeenten.swift).
            return .failure(UsageError(message: "'\(scaleText)' is geen geldige schaal: geef een getal groter dan 0 en hooguit 24, bijvoorbeeld --scale 1 of --scale 0.05"))
        }
        var request = DemoRequest(scale: scale, output: output)
        if let gemma = values["--gemma"] { request.gemma = gemma }
        return .success(request)
    }

    private static let valueOptions: Set<String> = ["--data", "--content", "--templates", "--output", "--audience", "--base-url", "--previous", "--report", "--min-fraction"]

    private static func unknownCommand(_ name: String) -> UsageError {
        UsageError(message: "onbekend commando '\(name)': kies uit \(HelpText.commands.joined(separator: ", ")) (zie 'swc --help')")
    }
}
