/// One file in a zip archive.
public struct ZipEntry: Sendable, Equatable {
    /// The path inside the archive, with `/` between folders and no leading `/`.
    public var path: String
    /// The uncompressed contents.
    public var contents: [UInt8]

    /// An entry at `path` holding `contents`.
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// A minimal zip writer (PKWARE APPNOTE 6.3): local headers, central directory, end record.
///
/// Deterministic on purpose, so a download changes only when its data (or the system's zlib,
/// whose deflate output may differ between versions) does: every entry carries
/// the DOS timestamp 1980-01-01 00:00, no extra fields, no comments, and entries stay in the order
/// given. Each entry is deflated, or stored when it is small or deflating does not make it smaller. No zip64:
/// entries and the archive must stay below 4 GiB and 65,535 entries, far beyond any download here.
public enum ZipArchive {
    /// Whether entries are deflated (when that makes them smaller) or all stored as they are.
    public enum Compression: Sendable {
        /// Entries of at least `smallestDeflated` bytes deflated at `deflateLevel`: small files to download.
        case deflate
        /// Every entry stored: about five times the bytes of a worksheet, in a fraction of the time.
        /// For many small archives made at once (the landscape sheets of hundreds of organisations),
        /// where deflating cost more time than writing the extra bytes.
        case store
    }

    /// The archive holding `entries`, in that order.
    public static func encode(_ entries: [ZipEntry], compression: Compression = .deflate) -> [UInt8] {
        precondition(entries.count < 0xFFFF, "zip without zip64 holds fewer than 65,535 entries")
        let packed = entries.map { pack($0, deflating: compression == .deflate) }
        var output: [UInt8] = []
        output.reserveCapacity(packed.reduce(0) { $0 + $1.data.count + 2 * ($1.name.count + 46) } + 22)

        var offsets: [Int] = []
        for entry in packed {
            offsets.append(output.count)
            output.appendLocalHeader(for: entry)
            output.append(contentsOf: entry.data)
        }
        let directoryStart = output.count
        for (entry, offset) in zip(packed, offsets) {
            output.appendDirectoryHeader(for: entry, localHeaderAt: offset)
        }
        output.appendEndRecord(entries: packed.count, directoryStart: directoryStart, directorySize: output.count - directoryStart)
        precondition(output.count <= Int(UInt32.max), "zip without zip64 stays below 4 GiB")
        return output
    }

    /// Level 1 rather than zlib's default 6: on a worksheet of 60,000 rows × 10 columns level 3
    /// took half the time of level 6 (0.23 s against 0.47 s for the whole XLSX) for a file 6 % larger;
    /// level 1 takes a fifth less again (the national applicatieversies sheet: 18 MB to 2.17 MB
    /// rather than 2.04 MB), and hundreds of landscape files are made per build.
    static let deflateLevel: Int32 = 1
    /// Smaller entries are stored: deflating a few hundred bytes saves less than the state zlib
    /// sets up for each entry costs.
    static let smallestDeflated = 2_048

    private static func pack(_ entry: ZipEntry, deflating: Bool) -> PackedEntry {
        precondition(entry.contents.count <= Int(UInt32.max), "zip without zip64 holds entries below 4 GiB")
        let crc = Zlib.crc32(entry.contents)
        let name = Array(entry.path.utf8)
        if deflating, entry.contents.count >= smallestDeflated, let deflated = Zlib.deflateRaw(entry.contents, level: deflateLevel),
           deflated.count < entry.contents.count {
            return PackedEntry(name: name, method: .deflated, crc: crc, size: entry.contents.count, data: deflated)
        }
        return PackedEntry(name: name, method: .stored, crc: crc, size: entry.contents.count, data: entry.contents)
    }
}

/// An entry as it is written: name bytes, method and the bytes after its local header.
struct PackedEntry {
    enum Method: UInt16 {
        case stored = 0
        case deflated = 8
    }

    var name: [UInt8]
    var method: Method
    var crc: UInt32
    /// The uncompressed size.
    var size: Int
    var data: [UInt8]

    /// General purpose flag bit 11: the name is UTF-8. Set only when it matters, so archives with
    /// ASCII names look like everyone else's.
    var flags: UInt16 { name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800 }
}
