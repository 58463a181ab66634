import Diagnostics
import JSON
import XCTest

/// The demo catalogue as it might have looked just before Voorne aan Zee was formed (2023-01-01).
///
/// In the demo the three old gemeenten are already `Deactief` with `opgegaanIn`, and Voorne aan Zee
/// has their landscape. Here that landscape is handed back: Brielle, Hellevoetsluis and Westvoorne are
/// active again and own eight of its nine lines; Voorne aan Zee, registered as the new gemeente, keeps
/// one. Two extra lines make the old gemeenten use the same applicatie twice (one of them with a
/// koppeling), and Hellevoetsluis rated an applicatie Westvoorne rated later. Merging this back must
/// give the demo's own landscape again, byte for byte.
struct PreHerindeling {
    let survivor: String
    let brielle: String, hellevoetsluis: String, westvoorne: String
    var files: [String: SourceFile]

    /// The lines of Voorne aan Zee in the demo, and who owns each before the herindeling.
    static let owners: [String: Int] = [
        "geb-003017": 0, "geb-003022": 0, "geb-003023": 0,  // Brielle; kop-00753 joins 003022 and 003017
        "geb-003018": 1, "geb-003019": 1, "geb-003020": 1,  // Hellevoetsluis
        "geb-003021": 2, "geb-003024": 2,  // Westvoorne
    ]  // geb-003025 stays with Voorne aan Zee

    init(demo: [String: SourceFile], survivor: String, merged: [String]) throws {
        self.survivor = survivor
        let (brielle, hellevoetsluis, westvoorne) = (merged[0], merged[1], merged[2])
        (self.brielle, self.hellevoetsluis, self.westvoorne) = (brielle, hellevoetsluis, westvoorne)
        var files = demo
        let owner = [brielle, hellevoetsluis, westvoorne]
        try Self.change("organisaties.json", in: &files) { records in
            for index in records.indices {
                let id = records[index].id
                if owner.contains(id) {
                    records[index].set("status", "Actief")
                    records[index].remove("opgegaanIn")
                    records[index].remove("beschrijvingKort")
                }
                if id == brielle { records[index].set("deelnames", ["org-0358"]) }
                if id == hellevoetsluis { records[index].set("deelnames", ["org-0358", "org-0360"]) }
                if id == survivor { records[index].remove("deelnames") }
            }
        }
        try Self.change("gebruik.json", in: &files) { records in
            for index in records.indices {
                if let who = Self.owners[records[index].id] { records[index].set("afnemer", .string(owner[who])) }
            }
            var twice = try XCTUnwrap(records.first { $0.id == "geb-003017" })
            twice.set("id", "geb-900001")
            twice.set("afnemer", .string(hellevoetsluis))
            twice.set("status", "Gepland")
            var phasedOut = try XCTUnwrap(records.first { $0.id == "geb-003025" })
            phasedOut.set("id", "geb-900002")
            phasedOut.set("afnemer", .string(westvoorne))
            phasedOut.set("status", "Uitgefaseerd")
            records += [twice, phasedOut]
        }
        try Self.change("koppelingen.json", in: &files) { records in
            records.append([JSONField("id", "kop-900001"), JSONField("bron", "geb-900001"), JSONField("doel", "geb-003018"), JSONField("type", "api")])
        }
        try Self.change("contactpersonen.json", in: &files) { records in
            for index in records.indices where records[index]["organisatie"] == .string(survivor) { records[index].set("organisatie", .string(brielle)) }
        }
        try Self.change("beoordelingen.json", in: &files) { records in
            for index in records.indices where records[index]["afnemer"] == .string(survivor) { records[index].set("afnemer", .string(westvoorne)) }
            records.append([JSONField("id", "beo-900001"), JSONField("afnemer", .string(hellevoetsluis)), JSONField("applicatie", "app-00169"),
                            JSONField("waardering", .integer(4)), JSONField("datum", "2025-01-01"), JSONField("status", "Goedgekeurd")])
        }
        self.files = files
    }

    private static func change(_ name: String, in files: inout [String: SourceFile], _ edit: (inout [[JSONField]]) throws -> Void) throws {
        let file = try XCTUnwrap(files[name])
        var records = file.objects()
        try edit(&records)
        files[name] = SourceFile(relativePath: name, displayPath: file.displayPath, text: JSONWriter.format(.array(records.map(JSON.object))))
    }
}

extension [JSONField] {
    mutating func set(_ key: String, _ value: JSON) {
        if let index = firstIndex(where: { $0.key == key }) { self[index].value = value } else { append(JSONField(key, value)) }
    }

    mutating func remove(_ key: String) { removeAll { $0.key == key } }
}
