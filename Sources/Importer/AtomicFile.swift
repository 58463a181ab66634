import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a data file in one step: the bytes go to a hidden temporary file in the same folder
/// (so the rename cannot cross file systems), are flushed to the disk, and the temporary file is
/// renamed over the target; then the folder itself is flushed, so the rename survives a power cut.
/// A killed import leaves the old file or the new one, never half of one.
enum AtomicFile {
    /// Writes `bytes` to `path`; nil when done, else why not (the system's words).
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array("\(folder)/.\(name).swc-import-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        var info = stat()
        // mkstemp makes the file 0600; the data file keeps the mode it had, or gets 0644.
        let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        if fchmod(fd, mode) != 0 || !writeAll(bytes, to: fd) || fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            return failure
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
        return nil
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }
}

/// A data file as an import would leave it.
public struct DataFileChange: Sendable, Equatable {
    /// The file name in the data folder (`applicaties.json`, `gemma.xml`).
    public var name: String
    /// The whole new contents.
    public var bytes: [UInt8]

    /// `bytes` for the data file `name`.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

extension Array where Element == DataFileChange {
    /// Writes the files one after the other, in order, each atomically; stops at the first that
    /// fails. The caller orders them so that every prefix leaves a folder that still loads.
    func write(to folder: String) -> (written: [String], problems: DiagnosticList) {
        var written: [String] = []
        for change in self {
            let path = folder + "/" + change.name
            if let reason = AtomicFile.write(change.bytes, to: path) {
                return (written, DiagnosticList([.error(SourceLocation(file: path), ImportMessages.writeFailed(reason))]))
            }
            written.append(path)
        }
        return (written, DiagnosticList())
    }
}
