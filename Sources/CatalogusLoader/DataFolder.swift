import Diagnostics
import Foundation

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
        var files: [String: SourceFile] = [:]
        for name in fileNames {
            guard let data = FileManager.default.contents(atPath: display + "/" + name) else { continue }
            files[name] = SourceFile(relativePath: name, displayPath: display + "/" + name, bytes: [UInt8](data))
        }
        return .success(files)
    }
}
