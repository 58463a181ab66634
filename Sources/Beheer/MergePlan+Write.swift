import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

extension MergePlan {
    /// Writes every changed file, all or nothing as far as the file system allows: first each new
    /// file beside its original (same folder, so the rename cannot cross file systems), synced to
    /// disk; only when all are there does each replace its original by a rename. A failure before the
    /// renames leaves every file as it was. Returns the problems, or nil when all was written.
    public func write() -> DiagnosticList? {
        var temporaries: [(temporary: String, target: String)] = []
        let removeTemporaries = { for entry in temporaries { unlink(entry.temporary) } }
        for file in files {
            let temporary = Self.temporaryPath(for: file.path)
            if let reason = Self.writeSynced(file.bytes, to: temporary, modeOf: file.path) {
                unlink(temporary)
                removeTemporaries()
                return DiagnosticList([.error(SourceLocation(file: file.path), BeheerMessages.writeFailed(reason))])
            }
            temporaries.append((temporary, file.path))
        }
        for (done, entry) in temporaries.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in temporaries[done...] { unlink(rest.temporary) }
            let written = temporaries[..<done].map(\.target)
            return DiagnosticList([.error(SourceLocation(file: entry.target), BeheerMessages.renameFailed(reason, written: written))])
        }
        // The renames are only durable once the folders holding them are synced.
        for folder in Set(files.map { Self.folder(of: $0.path) }) { Self.syncFolder(folder) }
        return nil
    }

    /// `.gebruik.json.swc-merge-<pid>` beside `path`: hidden, and never one of the data files.
    static func temporaryPath(for path: String) -> String {
        let folder = folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (folder == "." && !path.hasPrefix("./") ? "" : folder + "/") + ".\(name).swc-merge-\(getpid())"
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes and fsyncs; the new file gets the permissions of the one it replaces. Returns why it failed.
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
