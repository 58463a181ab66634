import Diagnostics
import Foundation
import Parallel

/// Reads the data folder: the files the contract names, nothing else.
public enum DataFolder {
    public static let fileNames = [
        "catalogus.json", "organisaties.json", "contactpersonen.json", "applicaties.json", "applicatieversies.json",
        "compliancy.json", "diensten.json", "gebruik.json", "koppelingen.json", "beoordelingen.json", "contracten.json", "gemma.xml",
    ]

    /// File name → contents; a missing folder is a problem, a missing file means "none".
    public static func read(_ directory: String) -> Result<[String: SourceFile], DiagnosticList> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(DiagnosticList([.error(SourceLocation(file: directory), LoaderMessages.missingFolder(directory))]))
        }
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let found = parallelMap(fileNames, batch: 1) { name in
            SourceFile.bytes(atPath: display + "/" + name).map { SourceFile(relativePath: name, displayPath: display + "/" + name, bytes: $0) }
        }
        var files: [String: SourceFile] = [:]
        for file in found.compactMap({ $0 }) { files[file.relativePath] = file }
        return .success(files)
    }
}
