/// The records of a facet value, as whichever is shorter: `p` + `Postings`, or `m` + a bitmap over
/// a range of records (`Varint64` start, `Varint64` length, then 6 records per character, lowest
/// bit first). Values that most applicaties have (Closed source, SaaS) are bitmaps.
public enum RecordSet {
    /// `sorted` must be in ascending order, each number once.
    public static func encode(_ sorted: [Int]) -> String {
        guard let first = sorted.first, let last = sorted.last else { return "p" }
        var postings: [UInt8] = [UInt8(ascii: "p")]
        Postings.append(sorted, to: &postings)
        let length = last - first + 1
        guard (length + 5) / 6 + 4 < postings.count else { return String(decoding: postings, as: UTF8.self) }
        var bitmap: [UInt8] = [UInt8(ascii: "m")]
        Varint64.append(first, to: &bitmap)
        Varint64.append(length, to: &bitmap)
        var words = [Int](repeating: 0, count: (length + 5) / 6)
        for number in sorted { words[(number - first) / 6] |= 1 << ((number - first) % 6) }
        bitmap += words.map(Varint64.digit)
        return String(decoding: bitmap, as: UTF8.self)
    }

    /// The record numbers in order, nil when `text` is neither form.
    public static func decode(_ text: String) -> [Int]? {
        let bytes = Array(text.utf8)
        guard let kind = bytes.first else { return nil }
        if kind == UInt8(ascii: "p") { return Postings.decode(String(decoding: bytes.dropFirst(), as: UTF8.self)) }
        guard kind == UInt8(ascii: "m") else { return nil }
        // Start and length are the first two numbers; every character after them is one word.
        var position = 1
        guard let first = Varint64.read(bytes, at: &position), let length = Varint64.read(bytes, at: &position) else { return nil }
        var result: [Int] = []
        for (index, byte) in bytes[position...].enumerated() {
            guard byte < 128, case let word = Int(Varint64.values[Int(byte)]), word >= 0 else { return nil }
            for bit in 0..<6 where word & (1 << bit) != 0 {
                let offset = index * 6 + bit
                if offset < length { result.append(first + offset) }
            }
        }
        return result
    }
}
