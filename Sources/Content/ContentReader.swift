import Parallel
import Diagnostics
import Foundation

/// Reads the files of a folder into memory. The only part of Content that touches the disk.
public enum ContentReader {
    public struct ReadError: Error, Sendable {
        public var path: String
        public var reason: String
    }

    /// Every regular file below `directory` whose name ends in one of `extensions`, sorted by path,
    /// with top-level folders in `excluding` skipped (`catalogus` is data, not pages).
    /// `displayRoot` is how messages name the folder (as the user typed it).
    public static func read(directory: String, displayRoot: String, extensions: [String], excluding: Set<String> = []) throws(ReadError) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReadError(path: displayRoot, reason: "de map bestaat niet")
        }
        guard var paths = DirectoryWalker.files(in: directory, excluding: excluding) else {
            throw ReadError(path: displayRoot, reason: "de map kan niet gelezen worden")
        }
        paths.removeAll { path in !extensions.contains { path.hasSuffix($0) } }
        paths.sort()
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let display = displayRoot.hasSuffix("/") ? String(displayRoot.dropLast()) : displayRoot
        let files = parallelMap(paths) { relative -> Result<SourceFile, ReadError> in
            guard let bytes = SourceFile.bytes(atPath: prefix + relative) else {
                return .failure(ReadError(path: display + "/" + relative, reason: "het bestand kan niet gelezen worden"))
            }
            return .success(SourceFile(relativePath: relative, displayPath: display + "/" + relative, bytes: bytes))
        }
        var result: [SourceFile] = []
        result.reserveCapacity(files.count)
        for file in files {
            switch file {
            case .success(let f): result.append(f)
            case .failure(let e): throw e
            }
        }
        return result
    }
}
