import CatalogusLoader
import Diagnostics
import Foundation

/// What an import run did, for the command line to print.
public struct ImportOutcome: Sendable {
    /// The report for standard output; nil when errors stopped the import before there was one.
    public var report: String?
    /// Errors and warnings, each with its place; with any error nothing was written.
    public var problems: DiagnosticList
    /// The data files that change (paths as shown), in the order they are written.
    public var files: [String]
    /// Whether they were written (`--write`) or only reported (a dry run).
    public var wrote: Bool

    /// An outcome; `files` and `wrote` only matter when there are no errors.
    public init(report: String?, problems: DiagnosticList, files: [String] = [], wrote: Bool = false) {
        self.report = report
        self.problems = problems
        self.files = files
        self.wrote = wrote
    }

    static func failed(_ problems: DiagnosticList) -> ImportOutcome {
        ImportOutcome(report: nil, problems: problems)
    }
}

/// What the run functions read from the disk, before the pure planning starts.
enum ImportInputs {
    /// The file to import and the data folder; an unreadable file is reported before the folder is read.
    static func read(_ path: String, _ directory: String) -> Result<(SourceFile, (files: [String: SourceFile], display: String)), DiagnosticList> {
        file(path).flatMap { source in folder(directory).map { (source, $0) } }
    }

    /// The file given on the command line, shown as given.
    static func file(_ path: String) -> Result<SourceFile, DiagnosticList> {
        guard let bytes = SourceFile.bytes(atPath: path) else {
            return .failure(DiagnosticList([.error(SourceLocation(file: path), ImportMessages.unreadableFile)]))
        }
        return .success(SourceFile(relativePath: (path as NSString).lastPathComponent, displayPath: path, bytes: bytes))
    }

    /// The data folder's files and how messages name the folder (without a trailing `/`, as `DataFolder` does).
    static func folder(_ directory: String) -> Result<(files: [String: SourceFile], display: String), DiagnosticList> {
        DataFolder.read(directory).map { ($0, directory.hasSuffix("/") ? String(directory.dropLast()) : directory) }
    }
}
