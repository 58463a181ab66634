// The records of APPNOTE 6.3 section 4.3, little-endian, in the order the writer emits them.
extension Array where Element == UInt8 {
    mutating func appendLocalHeader(for entry: PackedEntry) {
        appendLE(UInt32(0x0403_4B50))
        appendLE(zipVersion)
        appendLE(entry.flags)
        appendLE(entry.method.rawValue)
        appendLE(dosTime)
        appendLE(dosDate)
        appendSizes(of: entry)
        appendLE(UInt16(entry.name.count))
        appendLE(UInt16(0))  // no extra field
        append(contentsOf: entry.name)
    }

    mutating func appendDirectoryHeader(for entry: PackedEntry, localHeaderAt offset: Int) {
        appendLE(UInt32(0x0201_4B50))
        appendLE(zipVersion)  // made by: MS-DOS, so readers ignore the external attributes
        appendLE(zipVersion)  // needed to extract
        appendLE(entry.flags)
        appendLE(entry.method.rawValue)
        appendLE(dosTime)
        appendLE(dosDate)
        appendSizes(of: entry)
        appendLE(UInt16(entry.name.count))
        appendLE(UInt16(0))  // extra field
        appendLE(UInt16(0))  // comment
        appendLE(UInt16(0))  // disk number
        appendLE(UInt16(0))  // internal attributes
        appendLE(UInt32(0))  // external attributes
        appendLE(UInt32(offset))
        append(contentsOf: entry.name)
    }

    mutating func appendEndRecord(entries: Int, directoryStart: Int, directorySize: Int) {
        appendLE(UInt32(0x0605_4B50))
        appendLE(UInt16(0))  // this disk
        appendLE(UInt16(0))  // disk with the directory
        appendLE(UInt16(entries))
        appendLE(UInt16(entries))
        appendLE(UInt32(directorySize))
        appendLE(UInt32(directoryStart))
        appendLE(UInt16(0))  // comment
    }

    private mutating func appendSizes(of entry: PackedEntry) {
        appendLE(entry.crc)
        appendLE(UInt32(entry.data.count))
        appendLE(UInt32(entry.size))
    }

    private mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

/// Version 2.0: the lowest that knows deflate.
private let zipVersion: UInt16 = 20
/// 00:00:00.
private let dosTime: UInt16 = 0
/// 1980-01-01, the DOS epoch: years since 1980 << 9 | month << 5 | day.
private let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
