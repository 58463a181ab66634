#if canImport(Glibc)
import Glibc
#endif

extension SourceFile {
    /// The whole file at `path`, read straight into its byte array (no intermediate `Data` to copy
    /// from); nil when it is not a regular file or cannot be read.
    public static func bytes(atPath path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0)) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 && errno == EINTR { continue }
                if read <= 0 { failed = read < 0; return }
                count += read
            }
        }
        // A file that grew since fstat: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if read < 0 && errno == EINTR { continue }
            if read <= 0 { failed = read < 0; break }
            bytes.append(contentsOf: chunk[..<read])
        }
        return failed ? nil : bytes
    }
}
