import Foundation

/// Reads the files of a folder into memory. The only part of Content that touches the disk.
public enum ContentReader {
    public struct ReadError: Error, Sendable {
        public var path: String
        public var reason: String
    }

    /// Every file below `directory` whose name ends in one of `extensions`, sorted by path, with
    /// top-level folders in `excluding` skipped (`catalogus` is data, not pages).
    /// `displayRoot` is how messages name the folder (as the user typed it).
    public static func read(directory: String, displayRoot: String, extensions: [String], excluding: Set<String> = []) throws(ReadError) -> [SourceFile] {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReadError(path: displayRoot, reason: "de map bestaat niet")
        }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw ReadError(path: displayRoot, reason: "de map kan niet gelezen worden")
        }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var paths: [String] = []
        for case let url as URL in enumerator {
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(prefix) else { continue }
            let relative = String(full.dropFirst(prefix.count))
            if let top = relative.split(separator: "/").first, excluding.contains(String(top)) {
                if relative == String(top) { enumerator.skipDescendants() }
                continue
            }
            guard extensions.contains(where: { relative.hasSuffix($0) }),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(relative)
        }
        paths.sort()
        let display = displayRoot.hasSuffix("/") ? String(displayRoot.dropLast()) : displayRoot
        let files = parallelMap(paths) { relative -> Result<SourceFile, ReadError> in
            guard let data = FileManager.default.contents(atPath: prefix + relative) else {
                return .failure(ReadError(path: display + "/" + relative, reason: "het bestand kan niet gelezen worden"))
            }
            return .success(SourceFile(relativePath: relative, displayPath: display + "/" + relative, bytes: [UInt8](data)))
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
