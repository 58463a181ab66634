#if canImport(Glibc)
import Glibc
#endif

/// The files below the watched folders with what `stat` says of each: enough to see an edit, a new
/// file or a deleted one without reading any file. Taking one costs a stat per file.
struct InputSnapshot: Sendable, Equatable {
    /// Size, modification time and inode by path; the inode catches editors that save by
    /// writing a new file and renaming it over the old one.
    struct Stamp: Sendable, Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    var files: [String: Stamp]

    /// Walks each folder (a missing one counts as empty); skips `excluded` (the site being served,
    /// should it lie inside an input folder) and the scratch files of editors, which change while
    /// someone types and are never input.
    static func take(_ folders: [String], excluding excluded: String?) -> InputSnapshot {
        var files: [String: Stamp] = [:]
        var pending = folders
        while let folder = pending.popLast() {
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard !isScratch(name) else { continue }
                let path = folder + "/" + name
                if path == excluded { continue }
                var info = stat()
                // lstat: a link is not followed, as the build does not follow it either.
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG:
                    files[path] = Stamp(size: Int(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, inode: UInt64(info.st_ino))
                default: continue
                }
            }
        }
        return InputSnapshot(files: files)
    }

    /// Hidden files and folders (`.index.md.swp`, `.git`), Emacs' `#index.md#` and `index.md~`.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
    }
}
