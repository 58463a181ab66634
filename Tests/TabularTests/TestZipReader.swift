import CZlib
import XCTest

/// A zip reader for the tests only, written from APPNOTE 6.3 rather than from our writer: it
/// starts at the end record, follows the central directory, checks each local header against it
/// and inflates with zlib, so a wrong offset, size or CRC shows up as a failure.
struct TestZipReader {
    struct Entry {
        var path: String
        var method: UInt16
        var flags: UInt16
        var dosTime: UInt16
        var dosDate: UInt16
        var extraLength: Int
        var contents: [UInt8]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let bytes: [UInt8]

    func entries() throws -> [Entry] {
        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { throw Failure(description: "geen eindrecord op de laatste 22 bytes") }
        guard u16(end + 20) == 0 else { throw Failure(description: "commentaar verwacht leeg") }
        let count = Int(u16(end + 10))
        let directorySize = Int(u32(end + 12))
        var position = Int(u32(end + 16))
        guard position + directorySize == end else { throw Failure(description: "centrale map sluit niet aan op het eindrecord") }

        var result: [Entry] = []
        for _ in 0..<count {
            guard u32(position) == 0x0201_4B50 else { throw Failure(description: "geen centrale kop op \(position)") }
            let method = u16(position + 10)
            let crc = u32(position + 16)
            let compressedSize = Int(u32(position + 20))
            let size = Int(u32(position + 24))
            let nameLength = Int(u16(position + 28))
            let extraLength = Int(u16(position + 30)) + Int(u16(position + 32))
            let local = Int(u32(position + 42))
            let name = Array(bytes[(position + 46)..<(position + 46 + nameLength)])

            guard u32(local) == 0x0403_4B50 else { throw Failure(description: "geen lokale kop op \(local)") }
            guard u16(local + 8) == method, u32(local + 14) == crc, Int(u32(local + 18)) == compressedSize,
                Int(u32(local + 22)) == size, Array(bytes[(local + 30)..<(local + 30 + nameLength)]) == name
            else { throw Failure(description: "lokale kop en centrale kop verschillen voor \(String(decoding: name, as: UTF8.self))") }
            let dataStart = local + 30 + nameLength + Int(u16(local + 28))
            let data = Array(bytes[dataStart..<(dataStart + compressedSize)])
            let contents = try method == 8 ? inflate(data, size: size) : data
            guard contents.count == size else { throw Failure(description: "grootte klopt niet") }
            guard UInt32(truncatingIfNeeded: contents.withUnsafeBufferPointer { CZlib.crc32(0, $0.baseAddress, uInt($0.count)) }) == crc else {
                throw Failure(description: "CRC klopt niet voor \(String(decoding: name, as: UTF8.self))")
            }
            result.append(Entry(
                path: String(decoding: name, as: UTF8.self), method: method, flags: u16(position + 8),
                dosTime: u16(position + 12), dosDate: u16(position + 14), extraLength: extraLength, contents: contents
            ))
            position += 46 + nameLength + extraLength
        }
        return result
    }

    /// The entry at `path`, as text.
    func text(_ path: String) throws -> String {
        guard let entry = try entries().first(where: { $0.path == path }) else { throw Failure(description: "\(path) ontbreekt") }
        return String(decoding: entry.contents, as: UTF8.self)
    }

    private func inflate(_ data: [UInt8], size: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "inflateInit2 mislukt")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: size)
        let status = data.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, stream.total_out == size, stream.avail_in == 0 else {
            throw Failure(description: "inflate gaf \(status)")
        }
        return output
    }

    private func u16(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
    private func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }
}
