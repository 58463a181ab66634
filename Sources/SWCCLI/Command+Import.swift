/// `swc import swc-csv FILE [--data DIR] [--write]` or `swc import gemma FILE [--data DIR] [--write]`.
public struct ImportRequest: Sendable, Equatable {
    /// What is imported.
    public enum Kind: String, Sendable, CaseIterable {
        /// The old softwarecatalogus.nl export (CSV) into the data files.
        case swcCSV = "swc-csv"
        /// A new GEMMA release (AMEFF) as the data folder's gemma.xml.
        case gemma
    }

    /// `swc-csv` or `gemma`.
    public var kind: Kind
    /// The file to import, as given.
    public var file: String
    /// The data folder read and written (`--data`).
    public var dataDirectory = "content/catalogus"
    /// Without it the import is a dry run: it reports and writes nothing.
    public var write = false

    /// A dry run of `kind` from `file` into the default data folder.
    public init(kind: Kind, file: String) {
        self.kind = kind
        self.file = file
    }
}

extension CommandLineParser {
    /// The arguments after `import`: the kind, the file, then `--data DIR` (or `--data=DIR`) and
    /// `--write` in any order.
    static func importRequest(_ arguments: [String]) -> Result<ImportRequest, UsageError> {
        let kinds = ImportRequest.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: " of ")
        guard let kindName = arguments.first, !kindName.hasPrefix("--") else {
            return .failure(UsageError(message: "'swc import' heeft een soort nodig: \(kinds) (zie 'swc help import')"))
        }
        guard let kind = ImportRequest.Kind(rawValue: kindName) else {
            return .failure(UsageError(message: "onbekende soort import '\(kindName)': kies \(kinds) (zie 'swc help import')"))
        }
        var file: String?
        var dataDirectory: String?
        var write = false
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--write" {
                write = true
            } else if argument == "--data" || argument.hasPrefix("--data=") {
                var value = argument.hasPrefix("--data=") ? String(argument.dropFirst("--data=".count)) : nil
                if value == nil, index < arguments.count, !arguments[index].hasPrefix("--") {
                    value = arguments[index]
                    index += 1
                }
                guard let value, !value.isEmpty else {
                    return .failure(UsageError(message: "de optie '--data' heeft een map nodig: zie 'swc help import'"))
                }
                dataDirectory = value
            } else if argument.hasPrefix("-") && argument != "-" {
                return .failure(UsageError(message: "onbekende optie '\(argument)' voor 'swc import': zie 'swc help import'"))
            } else if file == nil {
                file = argument
            } else {
                return .failure(UsageError(message: "'swc import \(kind.rawValue)' leest één bestand; '\(argument)' is er één te veel"))
            }
        }
        guard let file, !file.isEmpty else {
            let what = kind == .gemma ? "het GEMMA-model (AMEFF, .xml)" : "de export van softwarecatalogus.nl (.csv)"
            return .failure(UsageError(message: "'swc import \(kind.rawValue)' heeft een bestand nodig: \(what)"))
        }
        var request = ImportRequest(kind: kind, file: file)
        if let dataDirectory { request.dataDirectory = dataDirectory }
        request.write = write
        return .success(request)
    }
}
