import Beheer

/// `swc merge organisaties|applicaties --into ID ID... [--data DIR] [--write]`.
public struct MergeRequest: Sendable, Equatable {
    public var kind: MergeKind
    /// The surviving object.
    public var into: String
    /// The objects that go up in it, in the order given (the first one's lines win folds).
    public var merged: [String]
    public var dataDirectory = "content/catalogus"
    /// Without it the merge is a dry run: it prints what would change and writes nothing.
    public var write = false

    /// A dry run of merging `merged` into `into` in the default data folder.
    public init(kind: MergeKind, into: String, merged: [String]) {
        self.kind = kind
        self.into = into
        self.merged = merged
    }
}

/// `swc report [--data DIR] --output DIR`.
public struct ReviewReportRequest: Sendable, Equatable {
    public var dataDirectory = "content/catalogus"
    public var output: String

    /// Reports on the default data folder into `output`.
    public init(output: String) {
        self.output = output
    }
}

extension CommandLineParser {
    /// The arguments after `merge`: the kind, then `--into ID`, the ids to merge, `--data DIR`
    /// (or `--data=DIR`) and `--write` in any order.
    static func mergeRequest(_ arguments: [String]) -> Result<MergeRequest, UsageError> {
        let kinds = MergeKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: " of ")
        guard let kindName = arguments.first, !kindName.hasPrefix("-") else {
            return .failure(UsageError(message: "'swc merge' heeft een soort nodig: \(kinds) (zie 'swc help merge')"))
        }
        guard let kind = MergeKind(rawValue: kindName) else {
            return .failure(UsageError(message: "onbekende soort '\(kindName)' voor 'swc merge': kies \(kinds) (zie 'swc help merge')"))
        }
        var into: String?, data: String?
        var merged: [String] = []
        var write = false
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--write" {
                write = true
                continue
            }
            if let name = ["--into", "--data"].first(where: { argument == $0 || argument.hasPrefix($0 + "=") }) {
                guard let value = optionValue(argument, name: name, arguments, &index) else {
                    return .failure(UsageError(message: "de optie '\(name)' heeft een waarde nodig: zie 'swc help merge'"))
                }
                if name == "--into" {
                    guard into == nil else { return .failure(UsageError(message: "'--into' staat er twee keer: noem één blijvende \(kind.noun)")) }
                    into = value
                } else {
                    data = value
                }
            } else if argument.hasPrefix("-") {
                return .failure(UsageError(message: "onbekende optie '\(argument)' voor 'swc merge': zie 'swc help merge'"))
            } else {
                merged.append(argument)
            }
        }
        guard let into else {
            return .failure(UsageError(message: "'swc merge \(kind.rawValue)' heeft --into ID nodig: de \(kind.noun) die blijft"))
        }
        guard !merged.isEmpty else {
            return .failure(UsageError(message: "'swc merge \(kind.rawValue)' heeft na --into \(into) de ids nodig die erin opgaan"))
        }
        var request = MergeRequest(kind: kind, into: into, merged: merged)
        if let data { request.dataDirectory = data }
        request.write = write
        return .success(request)
    }

    /// The arguments after `report`: `--output DIR` and `--data DIR`, each also as `--name=DIR`.
    static func reviewReportRequest(_ arguments: [String]) -> Result<ReviewReportRequest, UsageError> {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard let name = ["--output", "--data"].first(where: { argument == $0 || argument.hasPrefix($0 + "=") }) else {
                return .failure(UsageError(message: "onbekende optie '\(argument)' voor 'swc report': zie 'swc help report'"))
            }
            guard let value = optionValue(argument, name: name, arguments, &index) else {
                return .failure(UsageError(message: "de optie '\(name)' heeft een map nodig: zie 'swc help report'"))
            }
            values[name] = value
        }
        guard let output = values["--output"] else {
            return .failure(UsageError(message: "'swc report' heeft --output MAP nodig: waar de rapporten komen (nooit in de site)"))
        }
        var request = ReviewReportRequest(output: output)
        if let data = values["--data"] { request.dataDirectory = data }
        return .success(request)
    }

    /// The value of `--name=VALUE`, or of `--name VALUE` (then `index` moves past it); nil when empty or missing.
    private static func optionValue(_ argument: String, name: String, _ arguments: [String], _ index: inout Int) -> String? {
        if argument.hasPrefix(name + "=") {
            let value = String(argument.dropFirst(name.count + 1))
            return value.isEmpty ? nil : value
        }
        guard index < arguments.count, !arguments[index].hasPrefix("--"), !arguments[index].isEmpty else { return nil }
        index += 1
        return arguments[index - 1]
    }
}

extension MergeKind {
    /// "organisatie" or "applicatie", for messages.
    var noun: String { self == .organisaties ? "organisatie" : "applicatie" }
}
