import CZlib

/// The only file that talks to zlib: CRC-32 and raw deflate, as Swift values in and out.
enum Zlib {
    /// The CRC-32 (ISO 3309, the one zip uses) of `bytes`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            // zlib takes a 32-bit length: longer input goes in pieces.
            var crc: uLong = CZlib.crc32(0, nil, 0)
            var offset = 0
            while offset < buffer.count {
                let length = min(buffer.count - offset, Int(UInt32.max))
                crc = CZlib.crc32(crc, buffer.baseAddress! + offset, uInt(length))
                offset += length
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }

    /// `bytes` as a raw deflate stream (no zlib header or trailer, as zip wants), or `nil` when
    /// zlib fails, which with a fixed level and an output buffer of `deflateBound` bytes only
    /// happens when it cannot allocate its state.
    static func deflateRaw(_ bytes: [UInt8], level: Int32) -> [UInt8]? {
        var stream = z_stream()
        // deflateInit2 is a macro Swift cannot call; this is what it expands to.
        // Window bits -15: a 32 KiB window and no zlib wrapper.
        let status = deflateInit2_(
            &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size)
        )
        guard status == Z_OK else { return nil }
        defer { deflateEnd(&stream) }

        var finished = false
        // Not zeroed first: zlib writes what it returns, and only that is kept.
        let output = [UInt8](unsafeUninitializedCapacity: Int(deflateBound(&stream, uLong(bytes.count)))) { out, initialized in
            bytes.withUnsafeBufferPointer { input in
                // zlib never writes through next_in; its type is mutable for historical reasons.
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                finished = deflate(&stream, Z_FINISH) == Z_STREAM_END
            }
            initialized = finished ? Int(stream.total_out) : 0
        }
        return finished ? output : nil
    }
}
