import JSON

extension DataRecord {
    /// Points a reference field at the survivor when it names a merged object; true when it did.
    @discardableResult
    mutating func repoint(_ key: String, _ survivors: [String: String]) -> Bool {
        guard let old = string(key), let new = survivors[old] else { return false }
        set(key, .string(new))
        return true
    }

    /// Points the ids of a list field at their survivors, keeping the first of any that are now the
    /// same and dropping `excluding` (an object never refers to itself); true when the list changed.
    @discardableResult
    mutating func repointList(_ key: String, _ survivors: [String: String], excluding: String? = nil) -> Bool {
        guard self[key] != nil else { return false }
        let old = strings(key)
        guard old.contains(where: { survivors[$0] != nil || $0 == excluding }) else { return false }
        var seen = Set<String>()
        let new = old.map { survivors[$0] ?? $0 }.filter { $0 != excluding && seen.insert($0).inserted }
        setStrings(key, new)
        return true
    }
}
