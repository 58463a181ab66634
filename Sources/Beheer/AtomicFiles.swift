#if canImport(Glibc)
import Glibc
#endif

/// Replaces several files as one step, as far as a POSIX file system allows: every new file is first
/// written beside its target (same folder, so the rename cannot cross file systems) and synced; only
/// when all are there does each replace its target by a rename, and the folders are synced.
enum AtomicFiles {
    /// Why writing stopped: at which file, the system's reason, and which targets were already replaced
    /// (only a failing rename leaves some replaced and some not).
    struct Failure: Error, Sendable, Equatable {
        var path: String
        var reason: String
        var replaced: [String]
    }

    static func write(_ files: [(path: String, bytes: [UInt8])]) -> Failure? {
        var temporaries: [(temporary: String, target: String)] = []
        let removeTemporaries = { for entry in temporaries { unlink(entry.temporary) } }
        for file in files {
            let temporary = temporaryPath(for: file.path)
            if let reason = writeSynced(file.bytes, to: temporary, modeOf: file.path) {
                unlink(temporary)
                removeTemporaries()
                return Failure(path: file.path, reason: reason, replaced: [])
            }
            temporaries.append((temporary, file.path))
        }
        for (done, entry) in temporaries.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in temporaries[done...] { unlink(rest.temporary) }
            return Failure(path: entry.target, reason: reason, replaced: temporaries[..<done].map(\.target))
        }
        // The renames are only durable once the folders holding them are synced.
        for folder in Set(files.map { folder(of: $0.path) }) { syncFolder(folder) }
        return nil
    }

    /// `.gebruik.json.swc-<pid>` beside `path`: hidden, and never one of the files swc reads.
    static func temporaryPath(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).swc-\(getpid())" }
        return path[...slash] + ".\(path[path.index(after: slash)...]).swc-\(getpid())"
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes and fsyncs; the new file gets the permissions of the one it replaces (0644 for a new
    /// file). Returns why it failed.
    private static func writeSynced(_ bytes: [UInt8], to path: String, modeOf original: String) -> String? {
        var info = stat()
        let mode = stat(original, &info) == 0 ? mode_t(info.st_mode & 0o7777) : 0o644
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        _ = fchmod(fd, mode)  // open's mode is reduced by the umask; the original's is what counts
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return String(cString: strerror(errno)) }
            offset += written
        }
        guard fsync(fd) == 0 else { return String(cString: strerror(errno)) }
        return nil
    }

    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
