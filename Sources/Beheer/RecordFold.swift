import JSON

/// Folds one object into another of the same kind (two lines of one landscape, two versions of one
/// applicatie), losing as little as possible.
enum RecordFold {
    /// Folds `dropped` into `kept`, field by field:
    /// - lists are united, the kept object's items first, each item once (objects such as
    ///   verwerkingen count as the same when they are equal in every field);
    /// - a field the kept object lacks is taken from the dropped one, at the end of the object;
    /// - `interneAantekening` texts that differ are both kept, one paragraph each, so no note is lost;
    /// - `special` decides fields where neither side simply wins (the status of a gebruik);
    /// - any other field keeps the kept object's value.
    static func fold(_ dropped: DataRecord, into kept: inout DataRecord, special: [String: (JSON, JSON) -> JSON] = [:]) {
        for field in dropped.fields where field.key != "id" {
            guard let current = kept[field.key] else {
                kept.set(field.key, field.value)
                continue
            }
            if let decide = special[field.key] {
                kept.set(field.key, decide(current, field.value))
                continue
            }
            switch (field.key, current, field.value) {
            case (_, .array(let ours), .array(let theirs)):
                kept.set(field.key, .array(ours + theirs.filter { !ours.contains($0) }.uniqued()))
            case ("interneAantekening", .string(let ours), .string(let theirs)) where ours != theirs && !theirs.isEmpty:
                kept.set(field.key, .string(ours.isEmpty ? theirs : ours + "\n\n" + theirs))
            default:
                break
            }
        }
    }
}

extension Array where Element == JSON {
    /// The elements without repeats, first occurrence kept.
    func uniqued() -> [JSON] {
        var result: [JSON] = []
        for element in self where !result.contains(element) { result.append(element) }
        return result
    }
}
