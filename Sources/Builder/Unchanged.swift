import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Files that did not change since the previous build are carried over, not rewritten.
enum Unchanged {
    /// Hard-links `old` to `new` when `old` holds exactly `bytes`; false (and nothing done) otherwise.
    /// The old site is only read: builds never change a file in place, so sharing the inode is safe.
    static func link(_ old: String, to new: String, ifEqualTo bytes: UnsafeRawBufferPointer) -> Bool {
        var info = stat()
        guard stat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        guard let current = SourceFile.bytes(atPath: old), current.count == bytes.count else { return false }
        let same = current.withUnsafeBytes { old in bytes.count == 0 || memcmp(old.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
        return same && Glibc.link(old, new) == 0
    }
}
