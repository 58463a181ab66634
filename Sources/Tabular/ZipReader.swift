import CZlib

/// Reads the entries of a zip archive (stored or deflated, no zip64), for tests and tools that
/// look inside XLSX files: the audience tests search every byte the build writes, and an XLSX
/// keeps its cells deflated. Nil for anything that is not a well-formed archive.
public enum ZipReader {
    public static func entries(_ bytes: [UInt8]) -> [ZipEntry]? {
        let u16 = { (offset: Int) -> Int in Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        let u32 = { (offset: Int) -> Int in u16(offset) | u16(offset + 2) << 16 }
        let end = bytes.count - 22
        guard end >= 0, u32(end) == 0x0605_4B50 else { return nil }
        var position = u32(end + 16)
        var entries: [ZipEntry] = []
        for _ in 0..<u16(end + 10) {
            guard position + 46 <= bytes.count, u32(position) == 0x0201_4B50 else { return nil }
            let method = u16(position + 10), compressed = u32(position + 20), size = u32(position + 24)
            let nameLength = u16(position + 28), local = u32(position + 42)
            guard position + 46 + nameLength <= bytes.count, local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { return nil }
            let path = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= bytes.count else { return nil }
            let data = Array(bytes[start..<(start + compressed)])
            guard let contents = method == 8 ? inflate(data, size: size) : method == 0 ? data : nil, contents.count == size else { return nil }
            entries.append(ZipEntry(path: path, contents: contents))
            position += 46 + nameLength + u16(position + 30) + u16(position + 32)
        }
        return entries
    }

    private static func inflate(_ data: [UInt8], size: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
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
        return status == Z_STREAM_END && Int(stream.total_out) == size ? output : nil
    }
}
