/// Term → number, as an open-addressing table on the hash the tokenizer already made: the
/// standard `Dictionary` would hash every term again (SipHash), which is most of indexing's cost.
struct TermMap {
    private var slots: [Int32]
    private(set) var terms: [Term] = []

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    var count: Int { terms.count }

    /// The number of `term`, giving it the next one when it is new; `isNew` says which.
    mutating func number(_ term: Term) -> (number: Int, isNew: Bool) {
        if terms.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.start(term.hash, mask)
        while true {
            let found = Int(slots[slot])
            if found < 0 {
                slots[slot] = Int32(terms.count)
                terms.append(term)
                return (terms.count - 1, true)
            }
            if terms[found] == term { return (found, false) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, term) in terms.enumerated() {
            var slot = Self.start(term.hash, mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    /// Fibonacci hashing spreads FNV's low bits, which differ little between similar words.
    private static func start(_ hash: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
