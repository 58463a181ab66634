/// A sorted list of record numbers as text: each number as the difference to the one before
/// (the first as itself), in `Varint64`. Repeats are allowed (difference 0).
public enum Postings {
    /// `sorted` must be in ascending order.
    public static func encode(_ sorted: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(sorted.count * 2)
        append(sorted, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ sorted: [Int], to out: inout [UInt8]) {
        var previous = 0
        for number in sorted {
            Varint64.append(number - previous, to: &out)
            previous = number
        }
    }

    /// The record numbers, nil when `text` is not `Postings`.
    public static func decode(_ text: String) -> [Int]? {
        guard var numbers = Varint64.decode(text.utf8) else { return nil }
        for index in numbers.indices.dropFirst() { numbers[index] += numbers[index - 1] }
        return numbers
    }
}
